import GazetteEvaluation
import GazetteIO
import GazetteTestSupport
import Testing

/// brat standoff and doccano / Label Studio gold, detected or forced.
@Suite("Gold formats")
struct GoldReaderFormatTests {
    /// Code points: "Belarus" [0, 7), "Aleksandr Lukashenko" [18, 38), the emoji at 47, "Minsk" [49, 54).
    static let text = "Belarus President Aleksandr Lukashenko visited 😀 Minsk."

    @Test("A brat folder is detected and read: T and R lines, other kinds ignored, offsets in code points")
    func bratFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc1.txt", Self.text)
        try folder.write("doc1.ann", """
            T1\tREGION 0 7\tBelarus
            T2\tPERSON 18 38\tAleksandr Lukashenko
            #1\tAnnotatorNotes T1\ta country
            T3\tREGION 49 54\tMinsk
            R1\tleader_of Arg1:T2 Arg2:T1
            A1\tNegated T3

            """)
        let set = GoldReader().read([folder.path])
        #expect(set.errors.isEmpty, "\(set.errors)")
        let document = try #require(set.documents.first)
        #expect(document.id == "doc1")
        #expect(document.text == Self.text)
        #expect(document.entities.map { "\($0.id) \($0.type) \($0.start) \($0.end) \($0.text ?? "")" } == [
            "T1 REGION 0 7 Belarus", "T2 PERSON 18 38 Aleksandr Lukashenko", "T3 REGION 49 54 Minsk",
        ])
        #expect(document.relations == [AnnotatedDocument.Relation(type: "leader_of", head: "T2", tail: "T1")])
    }

    @Test("brat problems name the .ann file and line: discontinuous spans, bad lines, text mismatches")
    func bratProblems() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc2.txt", Self.text)
        let ann = try folder.write("doc2.ann", """
            T1\tREGION 0 3;4 7\tBel rus
            T2\tPERSON 18 38\tAleksandr Lukashenko
            T3\tREGION 48 54\tMinsk
            R1\tleader_of Arg1:T2
            X1\tsomething

            """)
        let errors = GoldReader().read([folder.path]).errors.map(\.description)
        #expect(errors == [
            "\(ann):1: record 'doc2': discontinuous span '0 3;4 7' is not supported: Gazette mentions are contiguous",
            "\(ann):4: record 'doc2': expected ID<TAB>type Arg1:T1 Arg2:T2",
            "\(ann):5: record 'doc2': not a brat annotation line (expected T, R, A, M, N, E, # or *)",
            "\(ann):3: record 'doc2': entity T3: text 'Minsk' does not equal the text at [48, 54) ' Minsk'",
        ])
    }

    @Test("doccano's label form: ids from the file name and line, entity texts from the text")
    func doccanoLabels() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("data.jsonl", #"{"text": "Minsk and MAZ", "label": [[0, 5, "REGION"], [10, 13, "ENTERPRISE"]]}"# + "\n")
        let set = GoldReader().read([file])
        #expect(set.errors.isEmpty, "\(set.errors)")
        let document = try #require(set.documents.first)
        #expect(document.id == "data:1")
        #expect(document.entities == [
            AnnotatedDocument.Entity(id: "T1", type: "REGION", start: 0, end: 5, text: "Minsk"),
            AnnotatedDocument.Entity(id: "T2", type: "ENTERPRISE", start: 10, end: 13, text: "MAZ"),
        ])
    }

    @Test("doccano's export form with numeric ids and relations")
    func doccanoExport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let line = #"{"id": 7, "text": "MAZ of Minsk", "entities": [{"id": 11, "start_offset": 0, "end_offset": 3, "label": "ENTERPRISE"}, {"id": 12, "start_offset": 7, "end_offset": 12, "label": "REGION"}], "relations": [{"id": 1, "from_id": 11, "to_id": 12, "type": "located_in"}]}"#
        let set = GoldReader().read([try folder.write("export.jsonl", line + "\n")])
        #expect(set.errors.isEmpty, "\(set.errors)")
        let document = try #require(set.documents.first)
        #expect(document.id == "7")
        #expect(document.entities.map(\.id) == ["11", "12"])
        #expect(document.entities.map(\.text) == ["MAZ", "Minsk"])
        #expect(document.relations == [AnnotatedDocument.Relation(type: "located_in", head: "11", tail: "12")])
    }

    @Test("doccano offsets outside the text are rejected with file and line")
    func doccanoBadOffsets() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bad.jsonl", "\n" + #"{"id": "x", "text": "Minsk", "label": [[0, 9, "REGION"], [0, 5, "CITY"]]}"# + "\n")
        #expect(GoldReader().read([file]).errors.map(\.description) == [
            "\(file):2: record 'x': entity T1: offsets [0, 9) outside the text (5 code points)",
            "\(file):2: record 'x': entity T2: unknown type 'CITY' (expected one of ENTERPRISE, PERSON, PRODUCT, REGION)",
        ])
    }

    @Test("--gold-format forces the reader")
    func forcedFormat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("data.jsonl", #"{"id": "d", "text": "Minsk", "label": [[0, 5, "REGION"]]}"# + "\n")
        #expect(GoldReader(format: .doccano).read([file]).documents.first?.entities.count == 1)
        // Read as Gazette JSON-lines, the doccano labels are not entities.
        #expect(GoldReader(format: .jsonl).read([file]).documents.first?.entities.count == 0)
    }
}
