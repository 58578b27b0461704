import Dispatch
import Foundation
import Gazette

/// Counts for the summary line on stderr.
struct BatchSummary: CustomStringConvertible {
    var read = 0
    var written = 0
    var failed = 0
    var bytes = 0
    var seconds = 0.0

    var description: String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        return "\(read) records read, \(written) written, \(failed) failed, "
            + String(format: "%.2f MB in %.2f s (%.2f MB/s)", megabytes, seconds, rate)
    }
}

/// Runs the extractor over records in chunks, in parallel, writing results in input order
/// so the output bytes are the same for any number of jobs.
struct BatchExtraction {
    let extractor: Extractor
    let reader: RecordReader
    let options: OutputOptions
    let jobs: Int
    var chunkSize = 256

    func run(paths: [String], sink: OutputSink) -> BatchSummary {
        var summary = BatchSummary()
        let started = DispatchTime.now()
        var pending: [Result<ArticleRecord, RecordError>] = []
        func drain() {
            process(pending, sink: sink, summary: &summary)
            pending.removeAll(keepingCapacity: true)
        }
        for file in reader.expand(paths) {
            switch file {
            case let .failure(error):
                pending.append(.failure(error))
            case let .success(path):
                reader.read(file: path) { item in
                    pending.append(item)
                    if pending.count >= chunkSize { drain() }
                }
            }
        }
        drain()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    private func process(_ items: [Result<ArticleRecord, RecordError>], sink: OutputSink, summary: inout BatchSummary) {
        guard !items.isEmpty else { return }
        // Each worker writes only its own slots; the buffer is read after all have finished.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<[UInt8], RecordError>?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let extractor = self.extractor, options = self.options
        let work: @Sendable (Int) -> Void = { index in
            guard case let .success(record) = items[index] else { return }
            do {
                let extraction = try extractor.extract(record.text)
                results[index] = .success(extraction.jsonLine(for: record, options: options))
            } catch {
                results[index] = .failure(RecordError(source: record.source, line: record.line, id: record.id, reason: "\(error)"))
            }
        }
        if jobs > 1 {
            let stride = (items.count + jobs * 4 - 1) / (jobs * 4)
            DispatchQueue.concurrentPerform(iterations: (items.count + stride - 1) / stride) { block in
                for index in (block * stride)..<min(items.count, (block + 1) * stride) { work(index) }
            }
        } else {
            for index in items.indices { work(index) }
        }
        for (index, item) in items.enumerated() {
            summary.read += 1
            switch item {
            case let .failure(error):
                summary.failed += 1
                sink.write(error: error)
            case let .success(record):
                summary.bytes += record.text.utf8.count
                switch results[index] {
                case let .success(bytes)?:
                    summary.written += 1
                    sink.write(record: bytes)
                case let .failure(error)?:
                    summary.failed += 1
                    sink.write(error: error)
                case nil:
                    summary.failed += 1
                    sink.write(error: RecordError(source: record.source, line: record.line, id: record.id, reason: "not processed"))
                }
            }
        }
    }
}
