import Foundation
import GazetteLexicon
import GazetteTestSupport
import Testing

@Suite("Finding and loading the Lexicons folder")
struct LexiconLoaderTests {
    private func temporaryLexiconFolder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-lexicons-\(UUID().uuidString)")
        for (name, contents) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root.path
    }

    @Test("Search order: flag, environment, beside the executable, current folder")
    func searchOrder() throws {
        let folder = try temporaryLexiconFolder(["Lexicons/region.tsv": "r.x\tREGION\tX\n", "bin/sub/gazette": ""])
        #expect(try LexiconLoader.locate(explicit: "/flag", environment: ["GAZETTE_LEXICONS": "/env"]) == "/flag")
        #expect(try LexiconLoader.locate(environment: ["GAZETTE_LEXICONS": "/env"], executablePath: nil) == "/env")
        #expect(try LexiconLoader.locate(environment: [:], executablePath: folder + "/bin/sub/gazette", currentDirectory: "/nonexistent")
            == folder + "/Lexicons")
        #expect(try LexiconLoader.locate(environment: [:], executablePath: nil, currentDirectory: folder) == folder + "/Lexicons")
    }

    @Test("A missing folder names every place searched")
    func notFound() {
        #expect {
            _ = try LexiconLoader.locate(environment: [:], executablePath: "/nonexistent/bin/gazette", currentDirectory: "/nonexistent")
        } throws: { error in
            let text = "\(error)"
            return text.contains("/nonexistent/bin/Lexicons") && text.contains("/nonexistent/Lexicons") && text.contains("GAZETTE_LEXICONS")
        }
    }

    @Test("Loading reports every bad line of every file")
    func loadErrors() throws {
        let folder = try temporaryLexiconFolder([
            "region.tsv": "r.x\tREGION\tX\nbad\n",
            "cues/titles.tsv": "t.x\tTITEL\tGovernor\n",
        ])
        #expect {
            _ = try LexiconLoader.load(directory: folder)
        } throws: { error in
            let text = "\(error)"
            return text.contains("Lexicons/region.tsv:2: expected at least 3") && text.contains("Lexicons/cues/titles.tsv:1: unknown type 'TITEL'")
        }
    }
}
