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

    /// Records of one sentence of the fixtures each, so checkpoints (every 512 records) come
    /// every fraction of a second. Every 250th record lacks its text and every 700th holds
    /// invalid UTF-8, so the errors file is resumed too.
    private func killDump(records: Int) throws -> (bytes: Data, failing: Set<Int>) {
        let gold = try String(contentsOfFile: TestSupport.path("Evaluation/fixtures/written.gold.jsonl"), encoding: .utf8)
        var sentences: [String] = []
        for line in gold.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            sentences += text.split(separator: ". ").map(String.init).filter { !$0.isEmpty }
        }
        var bytes = Data()
        var failing: Set<Int> = []
        for index in 0..<records {
            let position = index + 1
            if position % 250 == 0 {
                bytes.append(Data(#"{"id":"k\#(index)","body":"no text"}"#.utf8))
                failing.insert(position)
            } else if position % 700 == 0 {
                bytes.append(Data(#"{"id":"k\#(index)","text":"Minsk "#.utf8) + Data([0xC0, 0xAF]) + Data(#""}"#.utf8))
                failing.insert(position)
            } else {
                let text = sentences[index % sentences.count]
                let record: [String: Any] = ["id": "k\(index)", "text": text]
                bytes.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
            }
            bytes.append(0x0A)
        }
        return (bytes, failing)
    }

    @Test("SIGKILL at random points: the partial files are a prefix of the finished run's, whole lines up to a consistent checkpoint, and --resume completes them to the same bytes")
    func killAndResume() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("dump.jsonl")
        let records = 3000
        let (dump, failing) = try killDump(records: records)
        try dump.write(to: input)
        let reference = folder.appendingPathComponent("reference.jsonl").path
        let referenceErrors = folder.appendingPathComponent("reference-errors.jsonl").path
        let started = Date()
        let whole = try GazetteBinary.run(["extract", input.path, "-o", reference, "--errors", referenceErrors, "--no-text", "--jobs", "2"])
        let wholeSeconds = Date().timeIntervalSince(started)
        #expect(whole.status == 1, "\(whole.stderr)")
        #expect(whole.stderr.contains("\(records) records read, \(records - failing.count) written, \(failing.count) failed"))
        let expected = try Data(contentsOf: URL(fileURLWithPath: reference))
        let expectedErrors = try Data(contentsOf: URL(fileURLWithPath: referenceErrors))
        for line in expected.split(separator: 0x0A) + expectedErrors.split(separator: 0x0A) {
            #expect(try JSONSerialization.jsonObject(with: Data(line)) is [String: Any])
        }

        let output = folder.appendingPathComponent("out.jsonl").path
        let errors = folder.appendingPathComponent("errors.jsonl").path
        let partial = output + ".partial", checkpointPath = output + ".partial.checkpoint"
        struct Checkpoint: Decodable { var records: Int; var outputBytes: Int; var errorBytes: Int; var inputs: [String] }
        func readCheckpoint() -> Checkpoint? {
            FileManager.default.contents(atPath: checkpointPath).flatMap { try? JSONDecoder().decode(Checkpoint.self, from: $0) }
        }
        func newlines(_ data: Data) -> Int { data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

        var kills: [String] = []  // when each kill landed, for the failure messages
        var done = 0  // records the last checkpoint had done
        for attempt in 0..<6 {
            let process = Process()
            process.executableURL = GazetteBinary.url
            process.arguments = ["extract", input.path, "-o", output, "--errors", errors, "--no-text", "--jobs", "2"]
                + (attempt > 0 ? ["--resume"] : [])
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // The first kill at any moment of the run (during start-up, before the first
            // checkpoint, or inside a chunk); later ones once this run has checkpointed, plus
            // up to a chunk's time, so each run gets further and kills fall inside chunks.
            let chunkSeconds = wholeSeconds / Double((records + 511) / 512)
            if attempt == 0 {
                usleep(UInt32.random(in: 0...UInt32(min(wholeSeconds / 3, 2) * 1_000_000)))
            } else {
                let deadline = Date().addingTimeInterval(30)
                while process.isRunning, (readCheckpoint()?.records ?? 0) <= done, Date() < deadline { usleep(2_000) }
                usleep(UInt32.random(in: 0...UInt32(min(chunkSeconds, 2) * 1_000_000)))
            }
            guard process.isRunning else {
                process.waitUntilExit()
                break
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let checkpoint = readCheckpoint()
            done = checkpoint?.records ?? 0
            kills.append("attempt \(attempt): killed with \(done) records checkpointed")
            let context = kills.joined(separator: "; ")

            // Killed, the run has not produced the final file (unless the kill fell between
            // its rename and exit, when the file must be complete).
            if let final = FileManager.default.contents(atPath: output) {
                #expect(final == expected, "\(context)")
                continue
            }
            let written = FileManager.default.contents(atPath: partial) ?? Data()
            let writtenErrors = FileManager.default.contents(atPath: errors) ?? Data()
            // Byte prefixes of the finished run's files: no line torn inside, none out of order,
            // none twice. Only the end of a file, beyond its checkpoint, may stop inside a line
            // (a write(2) cut by the kill), and --resume truncates that.
            #expect(written == expected.prefix(written.count), "\(context)")
            #expect(writtenErrors == expectedErrors.prefix(writtenErrors.count), "\(context)")
            guard let checkpoint else { continue }
            #expect(checkpoint.inputs == [input.path])
            #expect(checkpoint.outputBytes <= written.count && checkpoint.errorBytes <= writtenErrors.count, "\(context)")
            let safe = written.prefix(checkpoint.outputBytes), safeErrors = writtenErrors.prefix(checkpoint.errorBytes)
            #expect(safe.isEmpty || safe.last == 0x0A, "the checkpoint ends on a line end; \(context)")
            #expect(safeErrors.isEmpty || safeErrors.last == 0x0A, "\(context)")
            // Every record the checkpoint counts is there, as an output or an error line.
            let failed = failing.filter { $0 <= checkpoint.records }.count
            #expect(newlines(safe) == checkpoint.records - failed, "\(context)")
            #expect(newlines(safeErrors) == failed, "\(context)")

            // The sink writes a chunk's lines moments before its checkpoint, so a kill rarely
            // lands in between; leave what such a kill leaves: the next bytes, cut inside a
            // line as write(2) stops at a page. --resume must drop them.
            if attempt % 2 == 1 {
                let more = expected.dropFirst(written.count).prefix(Int.random(in: 1...200_000))
                let moreErrors = expectedErrors.dropFirst(writtenErrors.count).prefix(Int.random(in: 1...150))
                try (written + more).write(to: URL(fileURLWithPath: partial))
                try (writtenErrors + moreErrors).write(to: URL(fileURLWithPath: errors))
                kills[kills.count - 1] += " (then \(more.count) + \(moreErrors.count) bytes left beyond it)"
            }
        }
        #expect(kills.count >= 3, "the run finished before it could be killed often: make the dump larger (\(kills))")

        let finish = try GazetteBinary.run(["extract", input.path, "-o", output, "--errors", errors, "--no-text", "--resume"])
        #expect(finish.status == 1, "\(finish.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == expected, "\(kills)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: errors)) == expectedErrors, "\(kills)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["dump.jsonl", "errors.jsonl", "out.jsonl", "reference-errors.jsonl", "reference.jsonl"], "no partial or checkpoint left")
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
