import GazetteIO
import Testing

@Suite("Record reader")
struct RecordReaderTests {
    private func read(_ text: String, reader: RecordReader = RecordReader()) -> [Result<ArticleRecord, RecordError>] {
        var results: [Result<ArticleRecord, RecordError>] = []
        reader.readJSONLines(Array(text.utf8), source: "dump.jsonl") { results.append($0) }
        return results
    }

    @Test("Every non-blank line is one record or one error naming file, line and id")
    func accounting() {
        let results = read("{\"id\":\"a\",\"text\":\"x\",\"extra\":1}\r\n\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":null}\n\"bare\"\n{\"id\":7,\"text\":\"y\"}")
        #expect(results.count == 5)
        if case let .success(first) = results[0] {
            #expect(first.id == "a" && first.text == "x" && first.line == 1)
            #expect(first.extraFields.map(\.0) == ["extra"])
        } else { Issue.record("line 1 should succeed") }
        let errors = results.compactMap { result -> String? in
            if case let .failure(error) = result { return error.description }
            return nil
        }
        #expect(errors == [
            "dump.jsonl:3: record 'b': missing field 'text'",
            "dump.jsonl:4: record 'c': field 'text' is null, expected a string",
            "dump.jsonl:5: expected a JSON object, found a string",
        ])
        if case let .success(last) = results[4] { #expect(last.id == "7") } else { Issue.record("numeric ids are accepted") }
    }

    @Test("Field names are configurable; a record without an id gets source:line")
    func fieldNames() {
        let results = read("{\"uid\":\"u1\",\"body\":\"Minsk\"}\n{\"body\":\"Brest\"}", reader: RecordReader(idField: "uid", textField: "body"))
        let ids = results.compactMap { try? $0.get().id }
        #expect(ids == ["u1", "dump.jsonl:2"])
    }

    @Test("Error records are JSON-lines")
    func errorRecord() {
        let error = RecordError(source: "f.jsonl", line: 3, id: "x", reason: "bad \"text\"")
        #expect(String(decoding: error.jsonLine, as: UTF8.self) == #"{"error":"bad \"text\"","source":"f.jsonl","line":3,"id":"x"}"#)
    }
}
