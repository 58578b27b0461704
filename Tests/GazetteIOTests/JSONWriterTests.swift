import GazetteIO
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    private func written(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(capacity: 4)  // tiny, so every test also grows the buffer
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("Escapes land wherever they fall in the eight-byte words, and long runs copy intact")
    func escapesAtEveryPosition() {
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
                    var text = String(repeating: "é", count: 1) + String(repeating: "a", count: length)
                    if length > 0 {
                        let index = text.index(text.startIndex, offsetBy: position + 1 > length ? length : position + 1)
                        text.insert(contentsOf: special, at: index)
                    }
                    let json = written { $0.string(text) }
                    let expected = "\"" + text.map { character -> String in
                        switch character {
                        case "\"": return "\\\""
                        case "\\": return "\\\\"
                        case "\n": return "\\n"
                        case "\u{1}": return "\\u0001"
                        case "\u{1F}": return "\\u001f"
                        default: return String(character)
                        }
                    }.joined() + "\""
                    #expect(json == expected, "length \(length) position \(position)")
                }
            }
        }
        let long = String(repeating: "Minsk Tractor Works ", count: 500)
        #expect(written { $0.string(long) } == "\"" + long + "\"")
    }

    @Test("Strings shorter than a word, written one after another, keep exactly their bytes (no padding shows)")
    func shortStringsBackToBack() {
        let values = ["", "a", "T1", "lexicon", "été", "\u{7F}ab", "x y", "1234567", "12345678"]
        let json = written { writer in
            for value in values {
                writer.fragmentString(value)
                writer.fragment(",")
            }
        }
        #expect(json == values.map { "\"" + $0 + "\"," }.joined())
        for length in 0..<8 {
            let text = String(repeating: "\u{7F}", count: length)
            #expect(written { $0.fragmentString(text); $0.fragment("|") } == "\"" + text + "\"|", "length \(length)")
        }
    }

    @Test("Short and long strings escape every special byte at every position, also from UTF-16 units")
    func escapesAcrossTheShortStringBound() {
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 66, 100] {
            for position in [0, 1, 7, 8, 9, length / 2, max(length - 1, 0), length] where position <= length {
                for special in ["\"", "\\", "\t", "\u{0}"] {
                    var text = String(repeating: "w", count: length)
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                        .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\u{0}", with: "\\u0000")
                    #expect(written { $0.string(text) } == "\"" + escaped + "\"", "length \(length) position \(position)")
                    let fromUTF16 = written { $0.fragmentString(utf16: ArraySlice(Array(text.utf16))) }
                    #expect(fromUTF16 == "\"" + escaped + "\"", "length \(length) position \(position)")
                }
            }
        }
    }

    @Test("Writing into the returned array gives the same bytes whether they fit the estimate or spill over")
    func writtenIntoArray() {
        func write(_ writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("id", "a\"1")
            writer.key("list")
            writer.beginArray()
            for value in 0..<40 { writer.int(value * 1_001) }
            writer.endArray()
            writer.endObject()
        }
        var reference = JSONWriter()
        write(&reference)
        let expected = reference.bytes
        for estimate in [0, 1, 16, 17, expected.count - 1, expected.count, expected.count + 1, 4 * expected.count] {
            let bytes = JSONWriter.array(estimatedCount: estimate) { write(&$0) }
            #expect(bytes == expected, "estimate \(estimate)")
        }
    }

    @Test("UTF-16 units transcode the same wherever ASCII, non-ASCII, surrogate pairs and lone surrogates fall in the four-unit words")
    func utf16AtEveryPosition() {
        let pieces: [[UInt16]] = [[0x41], [0xE9], [0x20AC], [0xD83D, 0xDE00], [0xD800], [0xDC00], [0x22], [0x0A], [0x7F]]
        for length in 0..<12 {
            for position in 0...length {
                for piece in pieces {
                    var units = [UInt16](repeating: 0x62, count: length)
                    units.insert(contentsOf: piece, at: position)
                    // Taken from the middle of a larger buffer, as token texts are.
                    let buffer = [0x78] + units + [0x78]
                    let slice = buffer[1..<(buffer.count - 1)]
                    let json = written { $0.fragmentString(utf16: slice) }
                    let text = String(decoding: units, as: UTF16.self)
                    let escaped = text.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
                    #expect(json == "\"" + escaped + "\"", "length \(length) position \(position) piece \(piece)")
                }
            }
        }
    }

    @Test("A repeated fragment copies the bytes written, also when the buffer grows for it")
    func repeatedFragment() {
        let json = written { writer in
            writer.fragment("[")
            let start = writer.byteCount
            writer.fragmentString("Samara \"Oblast\"")
            let length = writer.byteCount - start
            writer.fragment(",")
            writer.fragmentRepeating(from: start, count: length)
            writer.fragment(",")
            writer.fragmentRepeating(from: start, count: 0)
            writer.fragment("]")
        }
        #expect(json == #"["Samara \"Oblast\"","Samara \"Oblast\"",]"#)
    }

    @Test("Bytes 0x20 and up pass through; 0x7F and non-ASCII are not escaped")
    func passThrough() {
        let text = " !#$%&'()*+,-./0123456789:;<=>?@[]^_`{|}~\u{7F}Ω€😀"
        #expect(written { $0.string(text) } == "\"" + text + "\"")
    }

    @Test("Numbers are written without a String, including the extremes")
    func numbers() {
        var values = [0, 7, 10, 99, 100, 12_345, -1, -90, Int.max, Int.min, Int.max - 1, Int.min + 1]
        // Every digit count, at its bounds: 9, 10, 99, 100, …
        var power = 1
        for _ in 1...18 {
            power *= 10
            values += [power - 1, power, power + 1, 3 * power + 7, -power]
        }
        let json = written { writer in
            writer.beginArray()
            for value in values { writer.int(value) }
            writer.endArray()
        }
        #expect(json == "[" + values.map(String.init).joined(separator: ",") + "]")
        #expect(written { $0.string(prefix: UInt8(ascii: "T"), number: 1_234) } == #""T1234""#)
    }

    @Test("Commas are right at every depth, beyond the 64 levels kept in bits")
    func deepNesting() {
        let depth = 150
        let json = written { writer in
            for _ in 0..<depth { writer.beginArray(); writer.int(1) }
            for _ in 0..<depth { writer.int(2); writer.endArray() }
        }
        #expect(json == String(repeating: "[1,", count: depth) + String(repeating: "2]", count: depth).replacingOccurrences(of: "]2", with: "],2"))
        let object = written { writer in
            writer.beginObject()
            writer.literalKey("a"); writer.int(1)
            writer.key("b\"c"); writer.literalString("x")
            writer.literalKey("d"); writer.beginArray(); writer.endArray()
            writer.endObject()
        }
        #expect(object == #"{"a":1,"b\"c":"x","d":[]}"#)
    }

    @Test("UTF-16 slices: pairs become one scalar, unpaired surrogates U+FFFD")
    func utf16() {
        let units: [UInt16] = [0x41, 0xE9, 0x20AC, 0xD83D, 0xDE00, 0xD800, 0x42, 0xDC00, 0x22, 0xD83D]
        let json = written { $0.string(utf16: units[...]) }
        #expect(json == "\"Aé€😀\u{FFFD}B\u{FFFD}\\\"\u{FFFD}\"")
        let slice = written { $0.string(utf16: units[3..<5]) }
        #expect(slice == "\"😀\"")
    }

    @Test("Fragments write a fixed-shape object inside a container the writer opened")
    func fragments() {
        let json = written { writer in
            writer.beginObject()
            writer.literalKey("entities")
            writer.beginArray()
            for number in 1...2 {
                writer.fragment(number == 1 ? #"{"id":"T"# : #",{"id":"T"#)
                writer.fragmentInt(number)
                writer.fragment(#"","text":"#)
                writer.fragmentString("say \"hi\"")
                writer.fragment(#","units":"#)
                writer.fragmentString(utf16: Array("é😀".utf16)[...])
                writer.fragment("}")
            }
            writer.endArray()
            writer.key("after")
            writer.int(3)
            writer.endObject()
        }
        #expect(json == #"{"entities":[{"id":"T1","text":"say \"hi\"","units":"é😀"},{"id":"T2","text":"say \"hi\"","units":"é😀"}],"after":3}"#)
    }
}
