import GazetteLexicon
import GazetteTestSupport
import Testing

@Suite("Lexicon files")
struct LexiconFileParserTests {
    @Test("A good line becomes an entry with aliases and attributes")
    func goodLine() throws {
        let parsed = LexiconFileParser.parse(
            "# comment\n\nregion.ru.samara_oblast\tREGION\tSamara Oblast\tSamara Region | Samarskaya Oblast\tkind=federal_subject;country=RU\n",
            file: "region.tsv")
        #expect(parsed.errors.isEmpty)
        let entry = try #require(parsed.entries.first)
        #expect(entry.id == "region.ru.samara_oblast")
        #expect(entry.kind == .region)
        #expect(entry.aliases == ["Samara Region", "Samarskaya Oblast"])
        #expect(entry.attributes == ["kind": "federal_subject", "country": "RU"])
        #expect(entry.source.description == "region.tsv:3")
    }

    @Test("Bad lines are reported as file:line: reason, and good lines still load", arguments: [
        ("only\ttwo", "expected at least 3 tab-separated columns"),
        ("Bad Id\tREGION\tX", "invalid id 'Bad Id'"),
        ("x.y\tCITY\tX", "unknown type 'CITY'"),
        ("x.y\tREGION\t ", "empty canonical name"),
        ("x.y\tREGION\tX\tA || B", "empty alias"),
        ("x.y\tREGION\tX\tA\tkind", "attribute 'kind' is not key=value"),
        ("x.y\tREGION\tX\tA\tk=v\textra", "expected at most 5 tab-separated columns"),
    ])
    func badLines(line: String, reason: String) {
        let parsed = LexiconFileParser.parse("ok.one\tREGION\tMinsk\n\(line)\nok.two\tREGION\tBrest", file: "cues/test.tsv")
        #expect(parsed.entries.map(\.id) == ["ok.one", "ok.two"])
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.description.hasPrefix("cues/test.tsv:2: \(reason)") == true, "\(parsed.errors)")
    }

    @Test("Duplicate ids are rejected with both locations")
    func duplicateIDs() {
        #expect {
            _ = try TestSupport.lexicons(["a.b\tREGION\tMinsk", "a.b\tREGION\tBrest"])
        } throws: { error in
            "\(error)".contains("inline.tsv:2: duplicate id 'a.b' (first at inline.tsv:1)")
        }
    }
}
