import Foundation
import Gazette

/// Writes one HTML page for the run (`--format html`), to stdout or `-o FILE`.
///
/// The page's head carries the run's summary, known only at the end, so article elements
/// are streamed as chunks complete to a spool file beside the output (or in the temporary
/// folder for stdout), and `finish()` writes the head, copies the spool after it and
/// closes the page. Memory holds counts and a bounded table of contents, never the
/// articles of the whole run.
public final class HTMLPageWriter: RecordWriter {
    private let sink: OutputSink
    private var summary: HTMLSummary
    private let spoolPath: String
    private let spool: FileHandle
    private var buffer: [UInt8] = []
    private var finished = false

    public init(sink: OutputSink, title: String, outputPath: String?) throws {
        self.sink = sink
        summary = HTMLSummary(title: title)
        let spoolPath = outputPath.map { $0 + ".articles.partial" }
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-html-\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: spoolPath, contents: nil) else { throw OutputSink.Failure.cannotCreate(spoolPath) }
        spool = try FileHandle(forUpdating: URL(fileURLWithPath: spoolPath))
        self.spoolPath = spoolPath
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        if !finished {
            try? spool.close()
            try? FileManager.default.removeItem(atPath: spoolPath)
        }
    }

    public func write(_ rendered: RenderedRecord, for record: ArticleRecord) -> RecordError? {
        if buffer.count + rendered.bytes.count > 1 << 20 {
            do {
                try flushSpool()
            } catch {
                return RecordError(source: record.source, line: record.line, id: record.id, reason: "cannot write \(spoolPath): \(error.localizedDescription)")
            }
        }
        buffer.append(contentsOf: rendered.bytes)
        summary.add(article: record.id, anchor: rendered.anchor ?? "", tally: rendered.tally ?? ExtractionTally())
        return nil
    }

    public func note(failure: RecordError) {
        summary.add(failure: failure.description)
    }

    public func finish() throws {
        try flushSpool()
        sink.write(raw: HTMLPage.opening(summary: summary))
        try spool.seek(toOffset: 0)
        while let block = try spool.read(upToCount: 1 << 20), !block.isEmpty {
            sink.write(raw: [UInt8](block))
        }
        sink.write(raw: HTMLPage.closing)
        try spool.close()
        try FileManager.default.removeItem(atPath: spoolPath)
        finished = true
    }

    private func flushSpool() throws {
        guard !buffer.isEmpty else { return }
        try spool.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
