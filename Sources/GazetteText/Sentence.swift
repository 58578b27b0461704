/// A sentence: a run of tokens and the code-point span from its first to its last token.
public struct Sentence: Sendable {
    /// Indices into `SegmentedText.tokens`.
    public var tokenRange: Range<Int>
    public var span: TextSpan

    public init(tokenRange: Range<Int>, span: TextSpan) {
        self.tokenRange = tokenRange
        self.span = span
    }
}
