import Gazette

/// Where rendered records go, in input order: one implementation per kind of output.
///
/// `BatchExtraction` hands each record to `write(_:for:)` in input order and every failed
/// record to `note(failure:)`; errors themselves are reported by `OutputSink`.
public protocol RecordWriter: AnyObject {
    /// Writes one record; returns the reason instead when it cannot be written, so that
    /// the record still ends as exactly one error.
    func write(_ rendered: RenderedRecord, for record: ArticleRecord) -> RecordError?
    /// Tells the writer that a record failed (for formats that summarise the run).
    func note(failure: RecordError)
    /// Completes the output after the last record (before `OutputSink.finish()`).
    func finish() throws
}

extension RecordWriter {
    public func note(failure: RecordError) {}
}
