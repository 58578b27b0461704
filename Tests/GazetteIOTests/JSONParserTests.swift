import GazetteIO
import Testing

@Suite("JSON parser and writer")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("Objects keep key order and number text")
    func objects() throws {
        let value = try parse(#"{"b": 1.50, "a": [true, null, "x\u00e9\ud83d\ude00"], "c": {"d": -2e3}}"#)
        guard case let .object(members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["b", "a", "c"])
        #expect(value["b"] == .number("1.50"))
        #expect(value["a"] == .array([.bool(true), .null, .string("xé😀")]))
        var writer = JSONWriter()
        writer.value(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"b":1.50,"a":[true,null,"xé😀"],"c":{"d":-2e3}}"#)
    }

    @Test("Malformed JSON is rejected with a reason and an offset", arguments: [
        (#"{"a": 1"#, "unterminated object"),
        (#"{"a": tru}"#, "invalid literal"),
        (#"{"a": "\ud800"}"#, "lone surrogate"),
        (#"{"a": 01}"#, "expected ',' or '}'"),
        (#"{"a": 1} x"#, "unexpected data after"),
        ("{\"a\": \"\u{01}\"}", "unescaped control character"),
    ])
    func malformed(text: String, reason: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains("at byte")
        }
    }

    @Test("Invalid UTF-8 inside a string is an error, not a crash")
    func invalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { _ = try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test("Nesting deeper than the limit is rejected, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect { _ = try parse(deep) } throws: { "\($0)".contains("nested deeper") }
    }

    @Test("Writer escapes quotes, backslashes and control characters")
    func escaping() {
        var writer = JSONWriter()
        writer.string("a\"b\\c\nd\u{01}é")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\"b\\c\nd\u0001é""#)
        var utf16Writer = JSONWriter()
        utf16Writer.string(utf16: ArraySlice(Array("q\"😀".utf16)))
        #expect(String(decoding: utf16Writer.bytes, as: UTF8.self) == #""q\"😀""#)
    }
}
