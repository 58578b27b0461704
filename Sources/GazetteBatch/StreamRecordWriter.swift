import Gazette

/// Writes byte-stream formats (JSON-lines, CoNLL) through the `OutputSink`, which buffers,
/// checkpoints and renames them: the batch's streaming and `--resume` apply unchanged.
public final class StreamRecordWriter: RecordWriter {
    private let sink: OutputSink
    private let format: ExportFormat

    public init(sink: OutputSink, format: ExportFormat) {
        self.sink = sink
        self.format = format
    }

    public func write(_ rendered: RenderedRecord, for record: ArticleRecord) -> RecordError? {
        switch format {
        case .conll: sink.write(raw: rendered.bytes)  // each block ends with its blank line
        default: sink.write(record: rendered.bytes)
        }
        return nil
    }

    public func finish() throws {}
}
