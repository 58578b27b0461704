/// What the pipeline found in one article: the segmented text, its mentions (sorted, never
/// overlapping) and the relations between them.
public struct Extraction: Sendable {
    public let text: SegmentedText
    public let mentions: [Mention]
    public let relations: [Relation]

    /// The date of the article's `date YYYY-MM-DD` marker, if any.
    public var date: String? { text.dateMarker?.date }

    /// The exact text of a mention.
    public func text(of mention: Mention) -> String { text.text(ofTokens: mention.tokenRange) }
}
