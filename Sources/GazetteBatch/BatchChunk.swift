import Dispatch
import Gazette
import Synchronization

/// One chunk of input records on its way to rendered output: extracted and rendered by
/// worker threads while the batch's own thread reads the next chunk and writes the one
/// before, so no core waits for input or output.
///
/// Each result slot is written by exactly one worker and read only after `waitUntilDone()`;
/// the slots outlive every worker because `deinit` waits for them too (a run that throws
/// half-way still lets its in-flight chunk finish before the buffer goes).
final class BatchChunk: @unchecked Sendable {
    let items: [Result<ArticleRecord, RecordError>]
    /// Input position (1-based, counting the records a resumed run skips) of the last item:
    /// the checkpoint once this chunk is written.
    let endPosition: Int
    private let results: UnsafeMutableBufferPointer<Result<RenderedRecord, RecordError>?>
    private let workers = DispatchGroup()
    /// The next item a worker takes: workers pull records one at a time, so a worker that
    /// shares its core with the reading thread slows only itself, not the chunk.
    private let nextItem = Atomic<Int>(0)

    init(items: [Result<ArticleRecord, RecordError>], endPosition: Int) {
        self.items = items
        self.endPosition = endPosition
        results = .allocate(capacity: items.count)
        results.initialize(repeating: nil)
    }

    deinit {
        workers.wait()
        _ = results.deinitialize()  // releases the output bytes each slot holds
        results.deallocate()
    }

    /// Extracts and renders every record: on the calling thread when `jobs` is 1 (the run
    /// then uses one core), otherwise on `jobs` worker threads, returning at once.
    func start(jobs: Int, extractor: Extractor, renderer: RecordRenderer) {
        guard !items.isEmpty else { return }
        // A worker looks its thread's segmenter up once per chunk, not per record; if that
        // fails, each record's extraction fails with the same error.
        if jobs <= 1 {
            let segmenter = try? extractor.threadSegmenter()
            for index in items.indices { process(index, extractor: extractor, segmenter: segmenter, renderer: renderer) }
            return
        }
        for _ in 0..<min(jobs, items.count) {
            DispatchQueue.global().async(group: workers) { [self] in
                let segmenter = try? extractor.threadSegmenter()
                while true {
                    let index = nextItem.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < items.count else { return }
                    process(index, extractor: extractor, segmenter: segmenter, renderer: renderer)
                }
            }
        }
    }

    /// Blocks until every worker has finished; the results are complete afterwards.
    func waitUntilDone() {
        workers.wait()
    }

    /// The rendered record or error of item `index`; nil for an item that was an input
    /// error (nothing to extract). Call after `waitUntilDone()`.
    func result(at index: Int) -> Result<RenderedRecord, RecordError>? {
        results[index]
    }

    private func process(_ index: Int, extractor: Extractor, segmenter: Segmenter?, renderer: RecordRenderer) {
        guard case let .success(record) = items[index] else { return }
        do {
            let extraction = try segmenter.map { try extractor.extract(record.text, segmenter: $0) } ?? extractor.extract(record.text)
            results[index] = .success(renderer.render(extraction, of: record, ordinal: endPosition - items.count + 1 + index))
        } catch {
            results[index] = .failure(RecordError(source: record.source, line: record.line, id: record.id, reason: "\(error)"))
        }
    }
}
