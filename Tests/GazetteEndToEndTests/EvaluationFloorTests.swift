import Foundation
import GazetteTestSupport
import Testing

@Suite("Quality floors on the project's fixtures")
struct EvaluationFloorTests {
    /// The `--min-f1` list recorded in Evaluation/floors.txt (comment lines skipped).
    private func floors() throws -> String {
        let contents = try String(contentsOfFile: TestSupport.path("Evaluation/floors.txt"), encoding: .utf8)
        let lines = contents.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return try #require(lines.first.map(String.init))
    }

    @Test("gazette evaluate on Evaluation/fixtures meets every recorded floor")
    func floorsHold() throws {
        let run = try GazetteBinary.run(["evaluate", "--gold", "Evaluation/fixtures", "--min-f1", try floors(), "--format", "json"])
        #expect(run.status == 0, "a figure fell below its floor:\n\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["documents"] as? Int ?? 0 >= 17)
    }
}
