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
        var pending: [Result<ArticleRecord, RecordError>] = []
        var pendingBytes = 0
        var position = 0  // input records seen, including those a resumed run skips
        var consumedBefore: Int64 = 0
        var current: RecordStream?

        func drain() throws {
            process(pending, sink: sink, writer: writer, summary: &summary)
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            try sink.checkpoint(records: position)
            progress?.update(records: summary.read, textBytes: summary.bytes, consumedBytes: consumedBefore + (current?.consumedBytes ?? 0))
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
        progress?.update(records: summary.read, textBytes: summary.bytes, consumedBytes: consumedBefore, force: true)
        progress?.finish()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    private func process(
        _ items: [Result<ArticleRecord, RecordError>], sink: OutputSink, writer: any RecordWriter, summary: inout BatchSummary
    ) {
        guard !items.isEmpty else { return }
        // Each worker writes only its own slots; the buffer is read after all have finished.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<RenderedRecord, RecordError>?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()  // releases the output bytes each slot holds
            results.deallocate()
        }
        let extractor = self.extractor
        let renderer = self.renderer ?? RecordRenderer(format: .jsonl, options: options)
        let firstOrdinal = sink.resumedRecords + summary.read + 1  // input position of items[0]
        // Each worker looks its thread's segmenter up once per chunk, not per record; if
        // that fails, each record's extraction fails with the same error.
        let work: @Sendable (Int, Segmenter?) -> Void = { index, segmenter in
            guard case let .success(record) = items[index] else { return }
            do {
                let extraction = try segmenter.map { try extractor.extract(record.text, segmenter: $0) } ?? extractor.extract(record.text)
                results[index] = .success(renderer.render(extraction, of: record, ordinal: firstOrdinal + index))
            } catch {
                results[index] = .failure(RecordError(source: record.source, line: record.line, id: record.id, reason: "\(error)"))
            }
        }
        if jobs > 1 {
            // One iteration per job, records dealt round-robin: at most `jobs` threads work.
            let jobs = self.jobs
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { worker in
                let segmenter = try? extractor.threadSegmenter()
                for index in stride(from: worker, to: items.count, by: jobs) { work(index, segmenter) }
            }
        } else {
            let segmenter = try? extractor.threadSegmenter()
            for index in items.indices { work(index, segmenter) }
        }
        func fail(_ error: RecordError) {
            sink.write(error: error)
            writer.note(failure: error)
        }
        for (index, item) in items.enumerated() {
            summary.read += 1
            switch item {
            case let .failure(error):
                summary.failed += 1
                fail(error)
            case let .success(record):
                summary.bytes += record.text.utf8.count
                switch results[index] {
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
