import Foundation
import GazetteTestSupport
import Testing

@Suite("gazette extract at dump scale: streams, accounting, resume")
struct BatchTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The fixture texts as JSON-lines, repeated `copies` times with distinct ids.
    private func dump(copies: Int) throws -> Data {
        let gold = try String(contentsOfFile: TestSupport.path("Evaluation/fixtures/written.gold.jsonl"), encoding: .utf8)
        var lines: [String] = []
        for copy in 0..<copies {
            for (index, line) in gold.split(separator: "\n").enumerated() {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let record: [String: Any] = ["id": "c\(copy)-\(index)", "text": object["text"] ?? "", "batch": copy]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test("Every input record ends as exactly one output record or one error record")
    func accountingInvariant() throws {
        let folder = try temporaryFolder()
        func line(_ text: String) -> Data { Data((text + "\n").utf8) }
        var input = Data()
        input.append(line(#"{"id":"ok1","text":"Belarus and Russia cooperate."}"#))
        input.append(Data(#"{"id":"badutf8","text":"Minsk "#.utf8))
        input.append(Data([0xC3, 0x28]))
        input.append(line("\"}"))
        input.append(line(#"{"id":"trunc","text":"Minsk"#))
        input.append(line(#"{"id":"notext"}"#))
        input.append(line(#"{"id":"numtext","text":42}"#))
        input.append(line(#"{"id":"nulltext","text":null}"#))
        input.append(line(#"{"id":"big","text":""# + String(repeating: "a", count: 3000) + "\"}"))
        input.append(line("[1,2]"))
        input.append(line(""))
        input.append(Data(#"{"id":"ok2","text":"BelAZ ships dump trucks to Tatarstan."}"#.utf8))  // no final newline
        let path = folder.appendingPathComponent("mixed.jsonl")
        try input.write(to: path)
        let errors = folder.appendingPathComponent("errors.jsonl").path
        let run = try GazetteBinary.run(["extract", path.path, "--no-text", "--max-record-bytes", "2000", "--errors", errors])
        #expect(run.status == 1)
        #expect(try run.records().map { $0["id"] as? String } == ["ok1", "ok2"])
        let errorLines = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        let errorRecords = try errorLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(errorRecords.map { $0["line"] as? Int } == [2, 3, 4, 5, 6, 7, 8])
        #expect(errorRecords.map { ($0["error"] as? String ?? "").prefix(20) } == [
            "invalid JSON: invali", "invalid JSON: unterm", "missing field 'text'", "field 'text' is a nu",
            "field 'text' is null", "record of 3022 bytes", "expected a JSON obje",
        ])
        #expect(errorRecords[3]["id"] as? String == "numtext")
        #expect(run.stderr.contains("9 records read, 2 written, 7 failed"))
    }

    @Test("Gzip input, from a file or from stdin, gives the same output as plain input")
    func gzip() throws {
        let folder = try temporaryFolder()
        let plain = folder.appendingPathComponent("dump.jsonl")
        try dump(copies: 1).write(to: plain)
        let zipped = Process()
        zipped.executableURL = URL(fileURLWithPath: "/bin/sh")
        zipped.arguments = ["-c", "gzip -k '\(plain.path)'"]
        try zipped.run()
        zipped.waitUntilExit()
        let expected = try GazetteBinary.run(["extract", plain.path, "--no-text"])
        let fromFile = try GazetteBinary.run(["extract", plain.path + ".gz", "--no-text"])
        #expect(expected.status == 0)
        #expect(fromFile.stdout == expected.stdout)
        #expect(!expected.stdout.isEmpty)
    }

    @Test("A run killed at random points and resumed gives the uninterrupted run's bytes")
    func killAndResume() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("dump.jsonl")
        try dump(copies: 40).write(to: input)
        let reference = folder.appendingPathComponent("reference.jsonl").path
        let whole = try GazetteBinary.run(["extract", input.path, "-o", reference, "--no-text"])
        #expect(whole.status == 0)
        let output = folder.appendingPathComponent("out.jsonl").path
        var kills = 0
        for attempt in 0..<4 {
            let process = Process()
            process.executableURL = GazetteBinary.url
            process.arguments = ["extract", input.path, "-o", output, "--no-text", "--jobs", "2"] + (attempt > 0 ? ["--resume"] : [])
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Kill once a checkpoint exists, after a random extra moment.
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning, !FileManager.default.fileExists(atPath: output + ".partial.checkpoint"), Date() < deadline {
                usleep(2_000)
            }
            usleep(UInt32.random(in: 0...40_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            // The final file appears only complete; a partial one never ends in a torn line
            // beyond its checkpoint, which --resume truncates to.
            #expect(!FileManager.default.fileExists(atPath: output) || process.terminationReason == .exit)
        }
        let finish = try GazetteBinary.run(["extract", input.path, "-o", output, "--no-text", "--resume"])
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: reference)))
        #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
        #expect(kills > 0, "the run finished before it could be killed: make the dump larger")
    }

    @Test("--resume refuses a partial file written for other inputs")
    func resumeMismatch() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out.jsonl").path
        try Data().write(to: URL(fileURLWithPath: output + ".partial"))
        try Data(#"{"records":1,"outputBytes":0,"errorBytes":0,"inputs":["other.jsonl"]}"#.utf8)
            .write(to: URL(fileURLWithPath: output + ".partial.checkpoint"))
        let run = try GazetteBinary.run(["extract", "seeds", "-o", output, "--resume"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot resume"))
    }
}
