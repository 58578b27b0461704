import Gazette

/// Renders one extraction in the chosen format. Immutable and `Sendable`: the batch's
/// workers share one.
public struct RecordRenderer: Sendable {
    public let format: ExportFormat
    public let options: OutputOptions

    public init(format: ExportFormat, options: OutputOptions) {
        self.format = format
        self.options = options
    }

    /// - Parameter ordinal: the record's 1-based position in the input, which names its
    ///   HTML anchor (`doc-7`), unique in the page.
    public func render(_ extraction: Extraction, of record: ArticleRecord, ordinal: Int) -> RenderedRecord {
        switch format {
        case .jsonl:
            return RenderedRecord(bytes: extraction.jsonLine(for: record, options: options))
        case .brat:
            return RenderedRecord(bytes: Array(extraction.bratAnnotations(options: options).utf8))
        case .conll:
            return RenderedRecord(bytes: Array(extraction.conll().utf8))
        case .html:
            let anchor = "doc-\(ordinal)"
            return RenderedRecord(
                bytes: extraction.htmlArticle(id: record.id, anchor: anchor, options: options),
                tally: ExtractionTally(extraction), anchor: anchor)
        }
    }
}
