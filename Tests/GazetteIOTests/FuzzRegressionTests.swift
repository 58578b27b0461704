import GazetteIO
import GazetteTestSupport
import Testing

/// Inputs the fuzzer (`Fuzz/run-fuzzer.sh reader`) found, minimised, kept so the bugs stay
/// fixed. The fuzzer reads every input whole and in short reads of varying size and
/// requires the same records and errors both ways: `ByteSource` promises only "up to
/// `count` bytes", as a pipe delivers them.
@Suite("Fuzz regressions: record reader")
struct FuzzRegressionTests {
    /// Every item of `bytes` as `RecordError.description` or `id|text`, read through `source`.
    private func read(
        _ bytes: [UInt8], readSize: Int?, format: RecordStream.Format? = .jsonLines, maxRecordBytes: Int = 16 << 20
    ) -> [String] {
        let source: ByteSource = readSize.map { ShortReadByteSource(bytes, size: $0) } ?? MemoryByteSource(bytes)
        let stream = RecordStream(
            source: source, name: "dump.jsonl", format: format, textRecordID: "dump",
            options: RecordStream.Options(maxRecordBytes: maxRecordBytes))
        var items: [String] = []
        while let item = stream.next() {
            switch item {
            case let .success(record): items.append("\(record.id)|\(record.text)")
            case let .failure(error): items.append(error.description)
            }
        }
        return items
    }

    @Test("An oversized CRLF line is measured without its carriage return, however the reads fall")
    func oversizedLineWithCarriageReturn() {
        // Found by the fuzzer: read whole, the line was "25 bytes"; in short reads, whose end
        // fell between the CR and the LF, "26 bytes".
        let bytes = Array(#"{"id":"a","#.utf8) + [0xCF] + Array(#"text":"Minsk"}"#.utf8) + Array("\r\n\n{\"id\":2}\n".utf8)
        let expected = [
            "dump.jsonl:1: record of 25 bytes is over --max-record-bytes 15",
            "dump.jsonl:3: record '2': missing field 'text'",
        ]
        for readSize in [nil, 1, 2, 3, 7] {
            #expect(read(bytes, readSize: readSize, maxRecordBytes: 15) == expected, "reads of \(readSize ?? 0) bytes")
        }
    }

    @Test("A line of exactly the limit and a CRLF is accepted, however the reads fall")
    func lineAtTheLimitWithCarriageReturn() {
        let line = #"{"id":"a","text":"Minsk"}"#  // 25 bytes
        let bytes = Array((line + "\r\n" + line + "\r").utf8)
        for readSize in [nil, 1, 2, 26] {
            #expect(read(bytes, readSize: readSize, maxRecordBytes: 25) == ["a|Minsk", "a|Minsk"], "reads of \(readSize ?? 0) bytes")
        }
    }

    @Test("The format of an input is found whatever the reads: a byte order mark, then white space, then '{'")
    func formatFromShortReads() {
        // Found by the fuzzer: in reads of one or two bytes, the byte order mark was not seen
        // whole and the first byte was taken for the start of a text article.
        let record = #"{"id":"x","text":"Minsk"}"#
        for prefix in ["\u{FEFF}", "\n\n \t\r\n", "\u{FEFF}\n "] {
            let bytes = Array((prefix + record + "\n").utf8)
            for readSize in [nil, 1, 2, 3] {
                #expect(read(bytes, readSize: readSize, format: nil) == ["x|Minsk"], "prefix \(Array(prefix.utf8)), reads of \(readSize ?? 0) bytes")
            }
        }
        // A text keeps its leading white space, and loses only the byte order mark.
        let text = Array("\u{FEFF}\n  Minsk and Brest\n".utf8)
        for readSize in [nil, 1, 2] {
            #expect(read(text, readSize: readSize, format: nil) == ["dump|\n  Minsk and Brest\n"])
        }
    }

    @Test("An input that is white space beyond the look-ahead is one text, not buffered to its end to decide")
    func longWhiteSpaceIsText() {
        let bytes = [UInt8](repeating: 0x20, count: RecordStream.formatSniffBytes) + Array(#"{"id":"x","text":"Minsk"}"#.utf8)
        for readSize in [nil, 4096] {
            let items = read(bytes, readSize: readSize, format: nil)
            #expect(items.count == 1 && items[0].hasPrefix("dump|    "), "reads of \(readSize ?? 0) bytes")
        }
    }
}
