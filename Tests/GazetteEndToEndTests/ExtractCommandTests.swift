import Foundation
import GazetteTestSupport
import Testing

@Suite("gazette extract, end to end")
struct ExtractCommandTests {
    @Test("The README's main job: two seed records whose mention texts match their offsets")
    func seeds() throws {
        let run = try GazetteBinary.run(["extract", "seeds"])
        #expect(run.status == 0, "\(run.stderr)")
        let records = try run.records()
        #expect(records.map { $0["id"] as? String } == ["000_ca1ade26893ad6fd", "003_24019d4c734f2dee"])
        for record in records {
            let text = try #require(record["text"] as? String)
            let entities = try #require(record["entities"] as? [[String: Any]])
            #expect(entities.count > 20)
            for entity in entities {
                let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
                #expect(TestSupport.slice(text, start, end) == entity["text"] as? String)
                #expect(["PERSON", "REGION", "ENTERPRISE", "PRODUCT"].contains(entity["type"] as? String ?? ""))
                #expect(entity["rule"] is String)
            }
            let ids = Set(entities.compactMap { $0["id"] as? String })
            for relation in try #require(record["relations"] as? [[String: Any]]) {
                #expect(ids.contains(relation["head"] as? String ?? "") && ids.contains(relation["tail"] as? String ?? ""))
            }
        }
        #expect(records.first?["date"] as? String == "2025-07-21")
        #expect(run.stderr.contains("2 records read, 2 written, 0 failed"))
    }

    @Test("JSON-lines from stdin: other fields carried through; bad records reported by line and id; exit 1")
    func stdinWithBadRecords() throws {
        let input = """
            {"id": "a", "text": "Belarus President Aleksandr Lukashenko visited Minsk.", "source": "x", "n": 1.50}
            {"id": "b", "text": 42}
            not json

            {"id": "c", "text": "Russia’s Samara Oblast"}
            [1, 2]
            """
        let run = try GazetteBinary.run(["extract", "-", "--no-text"], stdin: input)
        #expect(run.status == 1)
        let records = try run.records()
        #expect(records.map { $0["id"] as? String } == ["a", "c"])
        #expect(records[0]["source"] as? String == "x")
        #expect(run.stdout.contains("\"n\":1.50"))
        #expect(records[0]["text"] == nil)
        #expect(run.stderr.contains("<stdin>:2: record 'b': field 'text' is a number, expected a string"))
        #expect(run.stderr.contains("<stdin>:3: invalid JSON"))
        #expect(run.stderr.contains("<stdin>:6: expected a JSON object, found an array"))
        #expect(run.stderr.contains("5 records read, 2 written, 3 failed"))
    }

    @Test("Folders are read recursively in sorted order; a missing path is an error, the rest still runs")
    func foldersAndMissingPaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "Minsk grows.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "Brest grows.".write(to: folder.appendingPathComponent("sub/a.txt"), atomically: true, encoding: .utf8)
        try "{\"id\": \"j1\", \"text\": \"Gomel grows.\"}\n".write(to: folder.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        let run = try GazetteBinary.run(["extract", folder.path, "/nonexistent/file.txt", "--no-text"])
        #expect(run.status == 1)
        #expect(try run.records().map { $0["id"] as? String } == ["b", "j1", "a"])
        #expect(run.stderr.contains("/nonexistent/file.txt: no such file or folder"))
    }

    @Test("-o writes the file; --errors writes error records")
    func outputFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("out.jsonl").path, errors = folder.appendingPathComponent("errors.jsonl").path
        let run = try GazetteBinary.run(["extract", "-", "-o", output, "--errors", errors], stdin: "{\"id\":\"ok\",\"text\":\"Minsk\"}\n{\"id\":\"bad\"}\n")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("{\"id\":\"ok\""))
        #expect(try String(contentsOfFile: errors, encoding: .utf8)
            == "{\"error\":\"missing field 'text'\",\"source\":\"<stdin>\",\"line\":2,\"id\":\"bad\"}\n")
        #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
    }

    @Test("Output is identical for one and two jobs")
    func deterministicAcrossJobs() throws {
        let one = try GazetteBinary.run(["extract", "seeds", "Evaluation/fixtures", "--jobs", "1"])
        let two = try GazetteBinary.run(["extract", "seeds", "Evaluation/fixtures", "--jobs", "2"])
        #expect(one.status == two.status)
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test("A copied binary finds its lexicons through GAZETTE_LEXICONS or --lexicons, and says where it looked otherwise")
    func copiedBinary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("gazette")
        try FileManager.default.copyItem(at: GazetteBinary.url, to: copy)
        var environment = ProcessInfo.processInfo.environment
        environment["GAZETTE_LEXICONS"] = nil
        let lost = try GazetteBinary.run(["extract", "-"], stdin: "Minsk", environment: environment, executable: copy)
        // The copy still runs from the repository folder, so ./Lexicons is found there;
        // from elsewhere it must be told.
        #expect(lost.status == 0, "\(lost.stderr)")
        environment["GAZETTE_LEXICONS"] = "/nonexistent/Lexicons"
        let wrong = try GazetteBinary.run(["extract", "-"], stdin: "Minsk", environment: environment, executable: copy)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("cannot load lexicons"))
        environment["GAZETTE_LEXICONS"] = nil
        let flagged = try GazetteBinary.run(
            ["extract", "-", "--lexicons", TestSupport.path("Lexicons")], stdin: "Minsk", environment: environment, executable: copy)
        #expect(flagged.status == 0)
        #expect(flagged.stdout.contains("\"lexicon_id\""))
    }

    @Test("Usage errors exit 2")
    func usageErrors() throws {
        #expect(try GazetteBinary.run(["extract", "--jobs", "0"]).status == 2)
        #expect(try GazetteBinary.run(["frobnicate"]).status == 2)
    }
}
