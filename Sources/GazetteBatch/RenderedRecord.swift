import Gazette

/// One article rendered in the output format by a worker thread, waiting to be written
/// in input order.
public struct RenderedRecord: Sendable {
    /// The record's bytes: a JSON line, a CoNLL block, a brat `.ann` file, or an HTML
    /// `<article>` element.
    public var bytes: [UInt8]
    /// Counts by type, kept for formats that summarise the run (HTML).
    public var tally: ExtractionTally?
    /// The element id the HTML article was rendered with.
    public var anchor: String?

    public init(bytes: [UInt8], tally: ExtractionTally? = nil, anchor: String? = nil) {
        self.bytes = bytes
        self.tally = tally
        self.anchor = anchor
    }
}
