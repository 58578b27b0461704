import Dispatch
import Foundation
import Gazette

/// Streams records through the extractor in chunks, each chunk in parallel, writing results
/// in input order, so memory stays flat and the output bytes are the same for any number
/// of jobs. Every input record ends as exactly one output record or one error.
///
/// Workers render each record in the output format (`renderer`); a `RecordWriter` writes
/// them in order (by default into the sink, as JSON-lines).
public struct BatchExtraction {
    public let extractor: Extractor
    public let reader: RecordReader
    public let options: OutputOptions
    public let jobs: Int
    /// The output format's renderer (default: JSON-lines with `options`).
    public var renderer: RecordRenderer?
    /// Records per chunk, and the text size at which a chunk is cut early.
    public var chunkRecords = 512
    public var chunkBytes = 4 << 20

    public init(extractor: Extractor, reader: RecordReader, options: OutputOptions, jobs: Int) {
        self.extractor = extractor
        self.reader = reader
        self.options = options
        self.jobs = max(1, jobs)
    }

    /// - Parameter writer: where rendered records go; nil writes JSON-lines to `sink`.
    public func run(paths: [String], sink: OutputSink, writer: (any RecordWriter)? = nil, progress: ProgressReporter?) throws -> BatchSummary {
        let writer = writer ?? StreamRecordWriter(sink: sink, format: .jsonl)
        var summary = BatchSummary()
        summary.resumed = sink.resumedRecords
        let started = DispatchTime.now()
        let renderer = self.renderer ?? RecordRenderer(format: .jsonl, options: options)
        var pending: [Result<ArticleRecord, RecordError>] = []
        var pendingBytes = 0
        var position = 0  // input records seen, including those a resumed run skips
        var consumedBefore: Int64 = 0
        var current: RecordStream?
        // At most one chunk is with the workers while this thread reads the next one and
        // writes the one before: memory holds about two chunks, whatever the dump's size.
        var inFlight: BatchChunk?

        func write(_ chunk: BatchChunk) throws {
            chunk.waitUntilDone()
            writeRecords(of: chunk, sink: sink, writer: writer, summary: &summary)
            try sink.checkpoint(records: chunk.endPosition)
            progress?.update(records: summary.read, textBytes: summary.bytes, consumedBytes: consumedBefore + (current?.consumedBytes ?? 0))
        }
        func drain() throws {
            guard !pending.isEmpty else { return }
            let chunk = BatchChunk(items: pending, endPosition: position)
            pending = []
            pendingBytes = 0
            let previous = inFlight
            previous?.waitUntilDone()  // one chunk's workers at a time: at most `jobs` threads extract
            chunk.start(jobs: jobs, extractor: extractor, renderer: renderer)
            inFlight = chunk
            if let previous { try write(previous) }
            if jobs <= 1 {
                // One job means one core: nothing runs alongside, so write at once.
                inFlight = nil
                try write(chunk)
            }
        }

        for file in reader.expand(paths) {
            switch file {
            case let .failure(error):
                position += 1
                if position > sink.resumedRecords { pending.append(.failure(error)) }
            case let .success(path):
                switch reader.open(path) {
                case let .failure(error):
                    position += 1
                    if position > sink.resumedRecords { pending.append(.failure(error)) }
                case let .success(stream):
                    current = stream
                    while let item = stream.next() {
                        position += 1
                        guard position > sink.resumedRecords else { continue }
                        if case let .success(record) = item { pendingBytes += record.text.utf8.count }
                        pending.append(item)
                        if pending.count >= chunkRecords || pendingBytes >= chunkBytes { try drain() }
                    }
                    consumedBefore += stream.consumedBytes
                    current = nil
                }
            }
        }
        try drain()
        if let last = inFlight {
            inFlight = nil
            try write(last)
        }
        if summary.read == 0 { try sink.checkpoint(records: position) }
        progress?.update(records: summary.read, textBytes: summary.bytes, consumedBytes: consumedBefore, force: true)
        progress?.finish()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    /// Writes a finished chunk's records in input order and accounts for each: written,
    /// or failed (input error, extraction error, or refused by the writer).
    private func writeRecords(of chunk: BatchChunk, sink: OutputSink, writer: any RecordWriter, summary: inout BatchSummary) {
        func fail(_ error: RecordError) {
            sink.write(error: error)
            writer.note(failure: error)
        }
        for (index, item) in chunk.items.enumerated() {
            summary.read += 1
            switch item {
            case let .failure(error):
                summary.failed += 1
                fail(error)
            case let .success(record):
                summary.bytes += record.text.utf8.count
                switch chunk.result(at: index) {
                case let .success(rendered)?:
                    if let error = writer.write(rendered, for: record) {
                        summary.failed += 1
                        fail(error)
                    } else {
                        summary.written += 1
                    }
                case let .failure(error)?:
                    summary.failed += 1
                    fail(error)
                case nil:
                    summary.failed += 1
                    fail(RecordError(source: record.source, line: record.line, id: record.id, reason: "not processed"))
                }
            }
        }
    }
}
