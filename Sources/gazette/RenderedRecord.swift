import Gazette

/// One article rendered in the output format by a worker thread, waiting to be written
/// in input order.
struct RenderedRecord: Sendable {
    /// The record's bytes: a JSON line, a CoNLL block, a brat `.ann` file, or an HTML
    /// `<article>` element.
    var bytes: [UInt8]
    /// Counts by type, kept for formats that summarise the run (HTML).
    var tally: ExtractionTally?
    /// The element id the HTML article was rendered with.
    var anchor: String?
}
