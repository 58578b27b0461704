import Foundation
import Gazette
import GazetteTestSupport
import Testing

@testable import GazetteBatch

@Suite("BatchExtraction: chunks, workers, input order, and one result per record")
struct BatchExtractionTests {
    /// Keeps what the batch hands over, and refuses the records it is told to.
    private final class CollectingWriter: RecordWriter {
        var written: [String] = []
        var failures: [RecordError] = []
        let refused: Set<String>

        init(refusing refused: Set<String> = []) { self.refused = refused }

        func write(_ rendered: RenderedRecord, for record: ArticleRecord) -> RecordError? {
            if refused.contains(record.id) {
                return RecordError(source: record.source, line: record.line, id: record.id, reason: "refused by the writer")
            }
            written.append(record.id)
            return nil
        }

        func note(failure: RecordError) { failures.append(failure) }
        func finish() throws {}
    }

    /// The project's hand-written fixture texts as JSON-lines, `copies` times, with a bad
    /// record after every fifth good one.
    private func mixedDump(in folder: TemporaryFolder, copies: Int) throws -> (path: String, good: Int, bad: Int) {
        let gold = try String(contentsOfFile: TestSupport.path("Evaluation/fixtures/written.gold.jsonl"), encoding: .utf8)
        let texts = try gold.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["text"] as? String)
        }
        var lines: [String] = [], good = 0, bad = 0
        for copy in 0..<copies {
            for (index, text) in texts.enumerated() {
                let record = try JSONSerialization.data(withJSONObject: ["id": "c\(copy)-\(index)", "text": text], options: [.sortedKeys])
                lines.append(String(decoding: record, as: UTF8.self))
                good += 1
                if good % 5 == 0 {
                    lines.append(#"{"id":"bad-\#(good)","text":"#)
                    bad += 1
                }
            }
        }
        return (try folder.write("dump.jsonl", lines.joined(separator: "\n") + "\n"), good, bad)
    }

    /// Collects the messages a sink shows on stderr.
    private final class Messages {
        var lines: [String] = []
    }

    private func run(
        _ path: String, jobs: Int, chunkRecords: Int, output: String, writer: CollectingWriter? = nil, messages: Messages = Messages()
    ) throws -> BatchSummary {
        var batch = BatchExtraction(extractor: try TestSupport.shippedExtractor(), reader: RecordReader(), options: OutputOptions(), jobs: jobs)
        batch.chunkRecords = chunkRecords
        let sink = try OutputSink(path: output, errorsPath: output + ".errors", inputs: [path], resume: false)
        sink.errorDisplay = { messages.lines.append($0) }
        let summary = try batch.run(paths: [path], sink: sink, writer: writer, progress: nil)
        try sink.finish()
        return summary
    }

    @Test("Output bytes are the same for 1 and 2 jobs and any chunk size, in input order", arguments: [1, 3, 512])
    func sameBytesForAnyJobs(chunkRecords: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try mixedDump(in: folder, copies: 3)
        let messages = Messages()
        let one = try run(dump.path, jobs: 1, chunkRecords: chunkRecords, output: folder.path + "/one.jsonl", messages: messages)
        let two = try run(dump.path, jobs: 2, chunkRecords: chunkRecords, output: folder.path + "/two.jsonl")
        let oneBytes = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/one.jsonl"))
        #expect(oneBytes == (try Data(contentsOf: URL(fileURLWithPath: folder.path + "/two.jsonl"))))
        #expect(one.read == dump.good + dump.bad && two.read == one.read)
        #expect(one.written == dump.good && one.failed == dump.bad)
        let ids = try String(decoding: oneBytes, as: UTF8.self).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        let expected = (0..<3).flatMap { copy in (0..<(dump.good / 3)).map { "c\(copy)-\($0)" } }
        #expect(ids == expected)
        let errorLines = try String(contentsOfFile: folder.path + "/one.jsonl.errors", encoding: .utf8).split(separator: "\n")
        #expect(errorLines.count == dump.bad)
        // stderr names the file, line and id of each bad record.
        #expect(messages.lines.count == dump.bad)
        #expect(messages.lines.first == "gazette: \(dump.path):6: record 'bad-5': invalid JSON: unexpected end of JSON at byte 22 (in field 'text')\n")
    }

    @Test("A record the writer refuses ends as one error, counted as failed, in order")
    func writerRefusal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try mixedDump(in: folder, copies: 1)
        let writer = CollectingWriter(refusing: ["c0-1"])
        let summary = try run(dump.path, jobs: 2, chunkRecords: 2, output: folder.path + "/out.jsonl", writer: writer)
        #expect(summary.read == summary.written + summary.failed)
        #expect(summary.failed == dump.bad + 1)
        #expect(writer.written.count == dump.good - 1)
        #expect(!writer.written.contains("c0-1"))
        #expect(writer.written == writer.written.sorted { Int($0.dropFirst(3)) ?? 0 < Int($1.dropFirst(3)) ?? 0 })
        #expect(writer.failures.map(\.reason).contains("refused by the writer"))
        #expect(writer.failures.count == summary.failed)
    }

    @Test("A write that fails mid-run stops the run with its error while the next chunk is with the workers; the checkpoint names only what was written")
    func failedWriteWithChunkInFlight() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try mixedDump(in: folder, copies: 1)
        let output = folder.path + "/out.jsonl"
        var batch = BatchExtraction(extractor: try TestSupport.shippedExtractor(), reader: RecordReader(), options: OutputOptions(), jobs: 2)
        batch.chunkRecords = 2
        let sink = try OutputSink(path: output, errorsPath: nil, inputs: [dump.path], resume: false)
        sink.errorDisplay = { _ in }
        // The first two chunks reach the file; the third chunk's write fails.
        var calls = 0
        let realWrite = sink.vectorWrite
        sink.vectorWrite = { descriptor, vectors, count in
            calls += 1
            guard calls <= 2 else {
                errno = ENOSPC
                return -1
            }
            return realWrite(descriptor, vectors, count)
        }
        #expect(throws: OutputSink.Failure.self) {
            try batch.run(paths: [dump.path], sink: sink, progress: nil)
        }
        #expect(calls == 3)
        let checkpoint = try String(contentsOfFile: output + ".partial.checkpoint", encoding: .utf8)
        #expect(checkpoint.contains(#""records":4"#))
        let written = try String(contentsOfFile: output + ".partial", encoding: .utf8).split(separator: "\n")
        #expect(written.count == 4)
    }

    @Test("A missing input becomes one error naming it, and the rest still runs")
    func missingInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("one.txt", "Minsk Tractor Works exports tractors to Uzbekistan.")
        let missing = folder.path + "/missing.txt"
        let batch = BatchExtraction(extractor: try TestSupport.shippedExtractor(), reader: RecordReader(), options: OutputOptions(), jobs: 2)
        let sink = try OutputSink(path: folder.path + "/out.jsonl", errorsPath: nil, inputs: [missing, good], resume: false)
        let messages = Messages()
        sink.errorDisplay = { messages.lines.append($0) }
        let writer = CollectingWriter()
        let summary = try batch.run(paths: [missing, good], sink: sink, writer: writer, progress: nil)
        #expect(summary.read == 2 && summary.written == 1 && summary.failed == 1)
        #expect(writer.failures.first?.source.hasSuffix("missing.txt") == true)
        #expect(writer.written == ["one"])
        #expect(messages.lines.count == 1 && messages.lines[0].contains("missing.txt"))
    }
}
