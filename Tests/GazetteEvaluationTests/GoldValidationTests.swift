import GazetteEvaluation
import GazetteIO
import GazetteTestSupport
import Testing

/// Bad gold is rejected with file, line and reason, every problem at once.
@Suite("Gold validation")
struct GoldValidationTests {
    /// A valid line: "Minsk" at [0, 5) and "MAZ" at [17, 20) of "Minsk is home of MAZ.", and
    /// located_in(MAZ, Minsk).
    static let good = #"{"id": "a", "text": "Minsk is home of MAZ.", "entities": [{"id": "T1", "type": "REGION", "start": 0, "end": 5, "text": "Minsk"}, {"id": "T2", "type": "ENTERPRISE", "start": 17, "end": 20, "text": "MAZ"}], "relations": [{"type": "located_in", "head": "T2", "tail": "T1"}]}"#

    /// Reads `lines` as one gold file (line 1 = the first) and returns the error messages.
    private func problems(_ lines: [String]) throws -> (file: String, messages: [String]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("gold.jsonl", lines.joined(separator: "\n") + "\n")
        return (file, GoldReader().read([file]).errors.map(\.description))
    }

    private func replacing(_ old: String, with new: String, in line: String = good) -> String {
        line.replacingOccurrences(of: old, with: new)
    }

    @Test("Valid gold has no problems")
    func validGold() throws {
        #expect(try problems([Self.good]).messages.isEmpty)
    }

    @Test("Each kind of bad gold is reported with file, line and reason", arguments: [
        (#""start": 17, "end": 20"#, #""start": 17, "end": 40"#, "entity T2: offsets [17, 40) outside the text (21 code points)"),
        (#""start": 17, "end": 20"#, #""start": 20, "end": 17"#, "entity T2: start 20 after end 17"),
        (#""start": 17, "end": 20"#, #""start": 17, "end": 17"#, "entity T2: empty span at 17"),
        (#""text": "MAZ""#, #""text": "MAZ.""#, "entity T2: text 'MAZ.' does not equal the text at [17, 20) 'MAZ'"),
        (#""type": "ENTERPRISE""#, #""type": "ORG""#, "entity T2: unknown type 'ORG'"),
        (#""type": "located_in""#, #""type": "based_in""#, "relation 1 (based_in T2→T1): unknown type 'based_in'"),
        (#""head": "T2""#, #""head": "T9""#, "relation 1 (located_in T9→T1): head 'T9' names no entity of this document"),
        (#"{"id": "T2", "type": "ENTERPRISE", "start": 17, "end": 20, "text": "MAZ"}], "relations": [{"type": "located_in", "head": "T2", "tail": "T1"}]"#,
         #"{"id": "T1", "type": "ENTERPRISE", "start": 17, "end": 20, "text": "MAZ"}], "relations": []"#,
         "duplicate entity id 'T1' (entities 1 and 2)"),
        (#", "text": "MAZ""#, "", "entity T2: missing 'text'"),
        (#""text": "Minsk is home of MAZ.", "#, "", "missing 'text': gold documents must carry their text"),
    ])
    func rejected(old: String, new: String, reason: String) throws {
        let second = replacing(old, with: new, in: Self.good.replacingOccurrences(of: #""id": "a""#, with: #""id": "b""#))
        let (file, messages) = try problems([Self.good, second])
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("\(file):2: record 'b': ") == true, "\(messages)")
        #expect(messages.first?.contains(reason) == true, "\(messages) lacks \(reason)")
    }

    @Test("All problems are reported, not only the first, across lines")
    func allProblems() throws {
        let several = replacing(#""type": "ENTERPRISE""#, with: #""type": "ORG""#, in: replacing(#""text": "Minsk""#, with: #""text": "Minsk!""#))
        let (file, messages) = try problems(["not json", several, Self.good.replacingOccurrences(of: #""id": "a""#, with: #""id": "b""#)])
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("\(file):1: invalid JSON") })
        #expect(messages.contains { $0.hasPrefix("\(file):2:") && $0.contains("text 'Minsk!'") })
        #expect(messages.contains { $0.hasPrefix("\(file):2:") && $0.contains("unknown type 'ORG'") })
    }

    @Test("A document id repeated across gold files is rejected at its second place")
    func duplicateDocumentAcrossFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try folder.write("one.jsonl", Self.good + "\n")
        let second = try folder.write("two.jsonl", "\n" + Self.good + "\n")
        let errors = GoldReader().read([first, second]).errors.map(\.description)
        #expect(errors == ["\(second):2: record 'a': duplicate document id (first at \(first):1)"])
    }

    @Test("A gold folder reads its *.jsonl files in sorted order")
    func goldFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b.jsonl", Self.good.replacingOccurrences(of: #""id": "a""#, with: #""id": "from-b""#) + "\n")
        try folder.write("a.jsonl", Self.good.replacingOccurrences(of: #""id": "a""#, with: #""id": "from-a""#) + "\n")
        try folder.write("notes.txt", "not gold")
        let set = GoldReader().read([folder.path])
        #expect(set.errors.isEmpty)
        #expect(set.documents.map(\.id) == ["from-a", "from-b"])
    }

    @Test("A missing gold path is an error")
    func missingPath() {
        #expect(GoldReader().read(["/nonexistent/gold.jsonl"]).errors.map(\.description) == ["/nonexistent/gold.jsonl: no such file or folder"])
    }

    @Test("Predictions are checked leniently: unknown relation ids are errors, missing text is fine, unknown documents warn")
    func predictions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let gold = GoldReader().read([try folder.write("gold.jsonl", Self.good + "\n")]).documents
        let lines = [
            #"{"id": "a", "entities": [{"id": "T1", "type": "REGION", "start": 0, "end": 5}], "relations": [{"type": "located_in", "head": "T7", "tail": "T1"}]}"#,
            #"{"id": "zzz", "entities": [{"id": "T1", "type": "THING", "start": 0, "end": 5}], "relations": []}"#,
        ]
        let file = try folder.write("pred.jsonl", lines.joined(separator: "\n") + "\n")
        let set = PredictionReader().read([file], gold: gold)
        #expect(set.errors.map(\.description) == ["\(file):1: record 'a': relation 1 (located_in T7→T1): head 'T7' names no entity of this document"])
        #expect(set.warnings.map(\.description) == [
            "\(file):2: record 'zzz': entity T1: unknown type 'THING'",
            "\(file):2: record 'zzz': no gold document has this id; not scored",
        ])
    }

    @Test("A predicted text that differs from the gold text at its offsets is a warning (offsets in the wrong unit)")
    func predictionTextMismatch() throws {
        let text = "😀 Minsk"
        let gold = AnnotatedDocumentBuilder(id: "e", text: text).mention("REGION", "Minsk").document
        // UTF-16 offsets: the emoji takes two units, so [3, 8) instead of [2, 7).
        let predicted = AnnotatedDocument(id: "e", text: nil, entities: [.init(id: "T1", type: "REGION", start: 3, end: 8, text: "Minsk")], relations: [])
        let problems = predicted.predictionProblems(goldText: gold.text)
        #expect(problems.errors.isEmpty)
        #expect(problems.warnings.map(\.reason) == ["entity T1: offsets [3, 8) past the end of the gold text (7 code points)"])
    }
}
