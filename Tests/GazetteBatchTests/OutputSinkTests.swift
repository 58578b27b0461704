import Foundation
import GazetteIO
import GazetteTestSupport
import Testing

@testable import GazetteBatch

@Suite("OutputSink: atomic output file, checkpoints, resume, and writes that come up short")
struct OutputSinkTests {
    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("Records go to FILE.partial; finish renames it to FILE and removes the checkpoint")
    func partialFileRenamedAtFinish() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/out.jsonl"
        let sink = try OutputSink(path: output, errorsPath: nil, inputs: ["in.jsonl"], resume: false)
        sink.write(record: Array(#"{"id":"a"}"#.utf8))
        try sink.checkpoint(records: 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try contents(output + ".partial") == "{\"id\":\"a\"}\n")
        #expect(FileManager.default.fileExists(atPath: output + ".partial.checkpoint"))
        sink.write(raw: Array("raw block\n\n".utf8))
        sink.write(record: Array("b".utf8))
        try sink.finish()
        #expect(try contents(output) == "{\"id\":\"a\"}\nraw block\n\nb\n")
        #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
        #expect(!FileManager.default.fileExists(atPath: output + ".partial.checkpoint"))
    }

    @Test("Resume truncates both files to the last checkpoint and carries on from there")
    func resumeFromCheckpoint() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/out.jsonl", errors = folder.path + "/errors.jsonl"
        let first = try OutputSink(path: output, errorsPath: errors, inputs: ["in.jsonl"], resume: false)
        var shown: [String] = []
        first.errorDisplay = { shown.append($0) }
        first.write(record: Array("r1".utf8))
        first.write(error: RecordError(source: "in.jsonl", line: 2, id: "x", reason: "bad"))
        first.write(record: Array("r3".utf8))
        try first.checkpoint(records: 3)
        // Written after the checkpoint, then the run is killed: these must not survive.
        first.write(record: Array("r4".utf8))
        first.write(error: RecordError(source: "in.jsonl", line: 5, id: "y", reason: "worse"))
        first.flush()
        #expect(try contents(output + ".partial").hasSuffix("r4\n"))
        #expect(shown == ["gazette: in.jsonl:2: record 'x': bad\n", "gazette: in.jsonl:5: record 'y': worse\n"])

        let second = try OutputSink(path: output, errorsPath: errors, inputs: ["in.jsonl"], resume: true)
        #expect(second.resumedRecords == 3)
        second.write(record: Array("r4 again".utf8))
        try second.finish()
        #expect(try contents(output) == "r1\nr3\nr4 again\n")
        let errorLines = try contents(errors).split(separator: "\n")
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("\"line\":2") == true)
    }

    @Test("Resume refuses a checkpoint written for other inputs")
    func resumeMismatch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/out.jsonl"
        let first = try OutputSink(path: output, errorsPath: nil, inputs: ["a.jsonl"], resume: false)
        first.write(record: Array("r1".utf8))
        try first.checkpoint(records: 1)
        #expect {
            _ = try OutputSink(path: output, errorsPath: nil, inputs: ["b.jsonl"], resume: true)
        } throws: { error in
            "\(error)".contains("cannot resume") && "\(error)".contains("a.jsonl")
        }
    }

    @Test("Short and interrupted writes are resumed until every byte is out, in order")
    func shortWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/out.jsonl"
        let sink = try OutputSink(path: output, errorsPath: nil, inputs: ["in"], resume: false)
        var calls = 0
        sink.vectorWrite = { descriptor, vectors, count in
            calls += 1
            if calls % 3 == 0 {
                errno = EINTR
                return -1
            }
            // Write at most 5 bytes of the first non-empty vector: a short write, often
            // ending inside a record.
            guard let vectors else { return 0 }
            for index in 0..<Int(count) where vectors[index].iov_len > 0 {
                return write(descriptor, vectors[index].iov_base, min(5, vectors[index].iov_len))
            }
            return 0
        }
        let records = (0..<300).map { "record \($0) " + String(repeating: "é", count: $0 % 13) }
        for record in records { sink.write(record: Array(record.utf8)) }
        sink.write(raw: Array("tail\n".utf8))
        try sink.finish()
        #expect(try contents(output) == records.map { $0 + "\n" }.joined() + "tail\n")
        #expect(calls > 300)
    }

    @Test("A failed write is reported by checkpoint and finish, and nothing is written after it")
    func failedWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path + "/out.jsonl"
        let sink = try OutputSink(path: output, errorsPath: nil, inputs: ["in"], resume: false)
        var calls = 0
        sink.vectorWrite = { _, _, _ in
            calls += 1
            errno = ENOSPC
            return -1
        }
        sink.write(record: Array("r1".utf8))
        #expect {
            try sink.checkpoint(records: 1)
        } throws: { error in
            guard case let OutputSink.Failure.cannotWrite(reason)? = error as? OutputSink.Failure else { return false }
            return reason == String(cString: strerror(ENOSPC))
        }
        sink.write(record: Array("r2".utf8))
        #expect(throws: OutputSink.Failure.self) { try sink.finish() }
        #expect(calls == 1)
        #expect(try contents(output + ".partial").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
