import GazetteIO
import GazetteTestSupport
import Testing

/// `head`, then `repeated` bytes of `filler`, then `tail`, made as they are read: a dump far
/// larger than anything the test holds in memory.
private final class GeneratedByteSource: ByteSource {
    private let head: [UInt8], tail: [UInt8]
    private let filler: UInt8
    private let repeated: Int
    private var offset = 0
    private(set) var largestRead = 0

    init(head: String, filler: UInt8, repeated: Int, tail: String) {
        self.head = Array(head.utf8)
        self.tail = Array(tail.utf8)
        self.filler = filler
        self.repeated = repeated
    }

    func read(into buffer: inout [UInt8], count: Int) throws -> Int {
        largestRead = max(largestRead, count)
        let total = head.count + repeated + tail.count
        let end = min(total, offset + count)
        var position = offset
        while position < end {
            if position < head.count {
                let upTo = min(end, head.count)
                buffer.append(contentsOf: head[position..<upTo])
                position = upTo
            } else if position < head.count + repeated {
                let upTo = min(end, head.count + repeated)
                buffer.append(contentsOf: repeatElement(filler, count: upTo - position))
                position = upTo
            } else {
                buffer.append(contentsOf: tail[(position - head.count - repeated)..<(end - head.count - repeated)])
                position = end
            }
        }
        defer { offset = end }
        return end - offset
    }

    var consumedBytes: Int64 { Int64(offset) }
}

@Suite("Record stream and JSON parser on hostile bytes")
struct HostileRecordTests {
    /// One item a stream yields, comparable: "id|line|text" or "error description".
    private func outcomes(
        _ bytes: [UInt8], format: RecordStream.Format? = .jsonLines, readSize: Int = 1 << 20,
        options: RecordStream.Options = RecordStream.Options()
    ) -> [String] {
        let stream = RecordStream(
            source: ShortReadByteSource(bytes, size: readSize), name: "dump.jsonl", format: format, textRecordID: "article", options: options)
        var results: [String] = []
        while let item = stream.next() {
            switch item {
            case let .success(record): results.append("\(record.id)|\(record.line)|\(record.text)")
            case let .failure(error): results.append("error \(error)")
            }
        }
        return results
    }

    private func parseFailure(_ bytes: [UInt8]) -> JSONParser.Failure? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error as? JSONParser.Failure
        }
    }

    private func line(_ text: String) -> [UInt8] { Array((text + "\n").utf8) }

    @Test("Ill-formed UTF-8 in a string names the first bad byte and where it is", arguments: [
        ([0xC0, 0xAF], "0xC0"),              // overlong "/"
        ([0xE0, 0x80, 0xAF], "0xE0"),        // overlong "/" in three bytes
        ([0xED, 0xA0, 0x80], "0xED"),        // U+D800 encoded: a lone surrogate
        ([0xE2, 0x82], "0xE2"),              // "€" cut short
        ([0x80], "0x80"),                    // a stray continuation byte
        ([0xF4, 0x90, 0x80, 0x80], "0xF4"),  // beyond U+10FFFF
        ([0xFF], "0xFF"),                    // never in UTF-8
    ] as [([UInt8], String)])
    func invalidUTF8(sequence: [UInt8], byte: String) throws {
        let prefix = Array(#"{"id":"x","text":"Minsk "#.utf8)
        for suffix in [Array(#"""#.utf8), Array(#" BelAZ"}"#.utf8), Array(#"\n\u00e9"}"#.utf8)] {
            let failure = try #require(parseFailure(prefix + sequence + suffix + Array(#"}"#.utf8)))
            #expect(failure.reason == "invalid UTF-8 (byte \(byte)) in a string")
            #expect(failure.offset == prefix.count, "the offset points at the bad byte")
            #expect(failure.field == "text")
            #expect(failure.completedMembers.map(\.0) == ["id"])
        }
    }

    @Test("Well-formed UTF-8 at the edges of the ranges is accepted")
    func wellFormedEdges() throws {
        // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF
        let scalars: [[UInt8]] = [
            [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        ]
        let value = try JSONParser.parse([0x22] + scalars.joined() + [0x22])
        #expect(value.stringValue?.unicodeScalars.map(\.value) == [0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF])
    }

    @Test("A byte order mark is skipped before a JSON value and is an error between tokens")
    func byteOrderMarks() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8))["a"] == .number("1"))
        let between = try #require(parseFailure(Array(#"{"a":1,"#.utf8) + [0xEF, 0xBB, 0xBF] + Array(#""b":2}"#.utf8)))
        #expect(between.description == "expected a string key, found byte order mark (U+FEFF) at byte 8")
        #expect(between.field == nil)
        #expect(between.completedMembers.map(\.0) == ["a"])
        // Inside a string it is a character.
        #expect(try JSONParser.parse(Array("\"\u{FEFF}x\"".utf8)) == .string("\u{FEFF}x"))
    }

    @Test("Bytes outside strings are named in hex, not read as Latin-1 characters")
    func unexpectedBytes() throws {
        #expect(try #require(parseFailure([0x80] + Array("{}".utf8))).description == "unexpected byte 0x80 at byte 1")
        #expect(try #require(parseFailure(Array("{\"a\":".utf8) + [0xC3, 0xA9])).description == "unexpected byte 0xC3 at byte 6")
        #expect(try #require(parseFailure(Array("{\"a\":x}".utf8))).description == "unexpected character 'x' at byte 6")
        #expect(try #require(parseFailure(Array("{\"a\":\"\0\"}".utf8))).description
            == "unescaped control character U+0000 in a string at byte 7")
    }

    @Test("Deep nesting fails at the limit inside a field, with the members read before it")
    func deepNesting() throws {
        let deep = Array(#"{"id":"d","x":"#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 10_000)
        let failure = try #require(parseFailure(deep))
        #expect(failure.reason == "JSON nested deeper than \(JSONParser.maximumDepth) levels")
        #expect(failure.field == "x")
        #expect(failure.completedMembers.first?.1 == .string("d"))
        let objects = try #require(parseFailure(Array(String(repeating: #"{"a":"#, count: 10_000).utf8)))
        #expect(objects.reason.hasPrefix("JSON nested deeper"))
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try JSONParser.parse(Array(fine.utf8)) }
    }

    /// A dump with every kind of hostile line, and what the stream must make of it.
    private static let hostileDump: [UInt8] = {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        func add(_ text: String) { bytes += Array(text.utf8) }
        add("{\"id\":\"bom\",\"text\":\"Minsk\"}\r\n")                  // 1: after the file's BOM, CRLF
        add("\n")                                                       // 2: blank
        add("  \t \r\n")                                                // 3: white space
        bytes += [0xEF, 0xBB, 0xBF]
        add("{\"id\":\"catted\",\"text\":\"Brest\"}\n")                 // 4: a BOM from `cat`
        add("{\"id\":\"bad\",\"text\":\"Go")                            // 5: an overlong byte pair
        bytes += [0xC0, 0xAF]
        add("mel\"}\n")
        add("{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n")                // 6: an escaped NUL
        add("{\"id\":\"raw\",\"text\":\"a")                             // 7: a raw NUL
        bytes += [0x00]
        add("b\"}\n")
        add("{\"id\":\"cr\",\"text\":\"x\"}\r{\"id\":\"cr2\",\"text\":\"y\"}\n")  // 8: a lone CR
        add("42\n")                                                     // 9: a bare value
        add("{\"id\":7,\"text\":\"seven\"}\n")                          // 10: a number id
        add("{\"id\":\"dup\",\"text\":\"one\"}\n")                      // 11, 12: duplicate ids
        add("{\"id\":\"dup\",\"text\":\"two\"}\n")
        add("{\"id\":\"cut\",\"text\":\"Min")                           // 13: cut off at the end
        bytes += [0xE2, 0x82]
        return bytes
    }()

    private static let hostileOutcomes = [
        "bom|1|Minsk",
        "catted|4|Brest",
        "error dump.jsonl:5: record 'bad': invalid JSON: invalid UTF-8 (byte 0xC0) in a string at byte 23 (in field 'text')",
        "nul|6|a\u{0}b",
        "error dump.jsonl:7: record 'raw': invalid JSON: unescaped control character U+0000 in a string at byte 22 (in field 'text')",
        "error dump.jsonl:8: invalid JSON: unexpected data after the JSON value at byte 24; "
            + "a lone carriage return (CR) is not a line end in JSON-lines: lines end in LF or CRLF",
        "error dump.jsonl:9: expected a JSON object, found a number",
        "7|10|seven",
        "dup|11|one",
        "dup|12|two",
        "error dump.jsonl:13: record 'cut': invalid JSON: unterminated string at byte 26 (in field 'text')",
    ]

    @Test("Every hostile line is one record or one error, whatever the read sizes", arguments: [1, 2, 3, 5, 64, 1 << 20])
    func hostileDump(readSize: Int) {
        #expect(outcomes(Self.hostileDump, readSize: readSize) == Self.hostileOutcomes)
    }

    @Test("Standard input is sniffed past a byte order mark; white space alone holds no article", arguments: [1, 4096])
    func sniffedInput(readSize: Int) {
        #expect(outcomes([0xEF, 0xBB, 0xBF] + line(#"{"id":"a","text":"Minsk"}"#), format: nil, readSize: readSize) == ["a|1|Minsk"])
        #expect(outcomes([], format: nil, readSize: readSize) == [])
        #expect(outcomes(Array(" \n\t\r\n".utf8), format: nil, readSize: readSize) == [])
        #expect(outcomes([0xEF, 0xBB, 0xBF], format: nil, readSize: readSize) == [])
        #expect(outcomes(Array("\n Minsk\r\n".utf8), format: nil, readSize: readSize) == ["article|0|\n Minsk\r\n"])
    }

    @Test("A text keeps CR, CRLF, NUL and inner byte order marks; a leading one is dropped")
    func textBytes() {
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Minsk\r\nBrest\rGomel\u{0}\u{FEFF}Vitebsk".utf8)
        #expect(outcomes(text, format: .text, readSize: 3) == ["article|0|Minsk\r\nBrest\rGomel\u{0}\u{FEFF}Vitebsk"])
        #expect(outcomes([], format: .text) == ["article|0|"], "a text file is one article, even an empty one")
    }

    @Test("A text with ill-formed UTF-8 anywhere is one error naming the article", arguments: [
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xFE],
    ] as [[UInt8]])
    func invalidText(sequence: [UInt8]) {
        let error = "error dump.jsonl: record 'article': not valid UTF-8"
        #expect(outcomes(Array("Minsk ".utf8) + sequence, format: .text, readSize: 2) == [error], "at the end")
        #expect(outcomes(Array("Minsk ".utf8) + sequence + Array(" Brest".utf8), format: .text) == [error], "in the middle")
        #expect(outcomes(sequence + Array(" Brest".utf8), format: .text) == [error], "at the start")
    }

    @Test("A line over the limit is skipped as it streams by and the next line still reads")
    func oversizedLine() {
        let size = 5_000_000
        let source = GeneratedByteSource(
            head: #"{"id":"big","text":""#, filler: UInt8(ascii: "a"), repeated: size,
            tail: "\"}\r\n{\"id\":\"next\",\"text\":\"Minsk\"}\n")
        let options = RecordStream.Options(maxRecordBytes: 1 << 20)
        let stream = RecordStream(source: source, name: "dump.jsonl", format: .jsonLines, textRecordID: "x", options: options)
        var results: [String] = []
        while let item = stream.next() {
            switch item {
            case let .success(record): results.append("\(record.id)|\(record.line)")
            case let .failure(error): results.append("error \(error)")
            }
        }
        let lineBytes = #"{"id":"big","text":""#.utf8.count + size + 2
        #expect(results == ["error dump.jsonl:1: record of \(lineBytes) bytes is over --max-record-bytes 1048576", "next|2"])
        #expect(source.largestRead <= 1 << 20, "reads are chunked, never sized by the line")
    }

    @Test("A text over the limit is rejected after reading one byte more than the limit")
    func oversizedText() {
        let source = GeneratedByteSource(head: "", filler: UInt8(ascii: "a"), repeated: 50_000_000, tail: "")
        let stream = RecordStream(
            source: source, name: "big.txt", format: .text, textRecordID: "big", options: RecordStream.Options(maxRecordBytes: 1000))
        guard case let .failure(error)? = stream.next() else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description == "big.txt: record 'big': text of more than 1000 bytes is over --max-record-bytes")
        #expect(stream.next() == nil)
        #expect(source.consumedBytes < 1 << 20, "the rest of the text is never read")
    }

    @Test("Error records of broken lines carry the id read before the break")
    func errorRecordsCarryIDs() {
        let reader = RecordReader()
        var errors: [RecordError] = []
        let dump = line(#"{"id":"t1","text":"Min"#) + line(#"{"id":5,"text":"x","extra":[1,}"#)
            + line(#"{"text":"Min"#) + line(#"{"id":["no"],"text":"x"#) + line(#"{"id":"late""#)
        reader.readJSONLines(dump, source: "d.jsonl") { if case let .failure(error) = $0 { errors.append(error) } }
        #expect(errors.map(\.id) == ["t1", "5", nil, nil, "late"])
        #expect(errors.map(\.reason) == [
            "invalid JSON: unterminated string at byte 23 (in field 'text')",
            "invalid JSON: unexpected character '}' at byte 31 (in field 'extra')",
            "invalid JSON: unterminated string at byte 13 (in field 'text')",
            "invalid JSON: unterminated string at byte 23 (in field 'text')",
            "invalid JSON: unterminated object at byte 13",
        ])
    }
}
