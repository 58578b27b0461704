import Foundation
import GazetteTestSupport
import Testing

/// `gazette evaluate` as a user runs it: exit status 0, 1 (a --min-f1 figure fell short)
/// or 2 (usage error, unreadable files, invalid gold).
@Suite("gazette evaluate")
struct EvaluateCommandTests {
    static let gold = #"{"id": "a", "text": "Minsk is home of MAZ.", "entities": [{"id": "T1", "type": "REGION", "start": 0, "end": 5, "text": "Minsk"}, {"id": "T2", "type": "ENTERPRISE", "start": 17, "end": 20, "text": "MAZ"}], "relations": [{"type": "located_in", "head": "T2", "tail": "T1"}]}"#
    /// Finds Minsk only: strict P 1, R 0.5, F 0.6667; no relations.
    static let pred = #"{"id": "a", "entities": [{"id": "T1", "type": "REGION", "start": 0, "end": 5, "rule": "lexicon"}], "relations": []}"#

    private func files() throws -> (folder: TemporaryFolder, gold: String, pred: String) {
        let folder = try TemporaryFolder()
        return (folder, try folder.write("gold.jsonl", Self.gold + "\n"), try folder.write("pred.jsonl", Self.pred + "\n"))
    }

    @Test("A figure below --min-f1 exits 1 and names the figure and the shortfall")
    func gateFails() throws {
        let (folder, gold, pred) = try files()
        defer { folder.remove() }
        let run = try GazetteBinary.run(["evaluate", "--gold", gold, "--pred", pred, "--min-f1", "entities=0.9,REGION=1"])
        #expect(run.status == 1)
        #expect(run.stderr == "gazette: --min-f1: entities strict micro-F1 (entities) 0.6667 is below 0.9000 by 0.2333\n")
        #expect(run.stdout.contains("Gate: FAILED (1 of 2 figures short)"))
    }

    @Test("Figures that reach --min-f1 exit 0; --format json is machine-readable")
    func gatePasses() throws {
        let (folder, gold, pred) = try files()
        defer { folder.remove() }
        let run = try GazetteBinary.run(["evaluate", "--gold", gold, "--pred", pred, "--format", "json", "--min-f1", "entities=0.6"])
        #expect(run.status == 0, "\(run.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let headline = try #require(root["headline"] as? [String: [String: Any]])
        #expect((headline["entities"]?["F"] as? Double).map { abs($0 - 2.0 / 3.0) < 1e-12 } == true)
        #expect((root["gate"] as? [String: Any])?["passed"] as? Bool == true)
    }

    @Test("Invalid gold exits 2 listing every problem, and scores nothing")
    func invalidGold() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad = Self.gold.replacingOccurrences(of: #""type": "ENTERPRISE""#, with: #""type": "ORG""#)
            .replacingOccurrences(of: #""text": "Minsk""#, with: #""text": "Pinsk""#)
        let gold = try folder.write("gold.jsonl", bad + "\n")
        let run = try GazetteBinary.run(["evaluate", "--gold", gold])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(gold):1: record 'a': entity T1: text 'Pinsk' does not equal the text at [0, 5) 'Minsk'"))
        #expect(run.stderr.contains("\(gold):1: record 'a': entity T2: unknown type 'ORG'"))
        #expect(run.stderr.hasSuffix("gazette: 2 problems in the gold; nothing was scored\n"))
    }

    @Test("Usage errors exit 2", arguments: [
        ["evaluate"],
        ["evaluate", "--gold", "Evaluation/fixtures/seeds.gold.jsonl", "--min-f1", "people=0.5"],
        ["evaluate", "--gold", "Evaluation/fixtures/seeds.gold.jsonl", "--format", "pdf"],
        ["evaluate", "--gold", "/nonexistent.jsonl"],
    ])
    func usageErrors(arguments: [String]) throws {
        #expect(try GazetteBinary.run(arguments).status == 2)
    }

    @Test("--baseline lists what was fixed and broken")
    func baseline() throws {
        let (folder, gold, pred) = try files()
        defer { folder.remove() }
        let older = try folder.write("old.jsonl", #"{"id": "a", "entities": [{"id": "T1", "type": "ENTERPRISE", "start": 17, "end": 20}], "relations": []}"# + "\n")
        let run = try GazetteBinary.run(["evaluate", "--gold", gold, "--pred", pred, "--baseline", older])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("a entity now found: REGION [0, 5) Minsk"))
        #expect(run.stdout.contains("a entity now missed: ENTERPRISE [17, 20) MAZ"))
    }

    @Test("Without --pred the extractor runs on the gold texts of several gold files")
    func extractorRuns() throws {
        let run = try GazetteBinary.run([
            "evaluate", "--gold", "Evaluation/fixtures/seeds.gold.jsonl", "--gold", "Evaluation/fixtures/written.gold.jsonl", "--format", "json",
            "--resamples", "10",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        // The fixtures grow; count their lines rather than fixing a number here.
        let lines = try ["seeds", "written"].flatMap { name in
            try String(contentsOfFile: TestSupport.path("Evaluation/fixtures/\(name).gold.jsonl"), encoding: .utf8)
                .split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        }
        #expect(root["documents"] as? Int == lines.count)
        #expect((root["missing_documents"] as? [String])?.isEmpty == true)
        #expect((root["predictions"] as? String)?.hasPrefix("the extractor") == true)
    }
}
