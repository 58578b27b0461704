import Foundation
import GazetteTestSupport
import Testing

/// Encodings, byte order marks, NUL bytes, line ends and non-Latin text.
extension HostileInputTests {
    /// Ill-formed UTF-8 sequences, each with the byte the error names.
    static let illFormed: [(name: String, bytes: [UInt8], first: String)] = [
        ("overlong-2", [0xC0, 0xAF], "0xC0"),            // "/" in two bytes
        ("overlong-3", [0xE0, 0x80, 0xAF], "0xE0"),      // "/" in three bytes
        ("surrogate", [0xED, 0xA0, 0x80], "0xED"),       // U+D800, a lone surrogate, encoded
        ("truncated", [0xE2, 0x82], "0xE2"),             // "€" (E2 82 AC) cut short
        ("stray", [0x80], "0x80"),                       // a continuation byte with no lead
        ("stray-run", [0xBF, 0xBF], "0xBF"),
    ]

    @Test("Ill-formed UTF-8 in JSON-lines: one error per line naming the record, field and first bad byte")
    func invalidUTF8InJSONLines() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Battery.record("before", text: Battery.bytes("Minsk"))
        var expected: [ErrorRecord] = []
        let path = folder.appendingPathComponent("utf8.jsonl").path
        var line = 1
        for sequence in Self.illFormed {
            // In the middle of the text, and at its very end (just before the closing quote).
            for (suffix, id) in [(" BelAZ", sequence.name + "-mid"), ("", sequence.name + "-end")] {
                line += 1
                bytes += Battery.record(id, text: Battery.bytes("Minsk ") + sequence.bytes + Battery.bytes(suffix))
                expected.append(ErrorRecord(
                    path, line, id,
                    "invalid JSON: invalid UTF-8 (byte \(sequence.first)) in a string at byte \(Battery.bytePosition(id: id, textOffset: 6)) (in field 'text')"))
            }
        }
        bytes += Battery.bytes(#"{"id":"bad"#) + [0xFF] + Battery.bytes(#"","text":"Minsk"}"#) + [0x0A]  // in the id itself
        expected.append(ErrorRecord(path, line + 1, nil, "invalid JSON: invalid UTF-8 (byte 0xFF) in a string at byte 11 (in field 'id')"))
        bytes += [0xC3] + Battery.bytes(#"{"id":"outside","text":"Minsk"}"#) + [0x0A]  // outside any string
        expected.append(ErrorRecord(path, line + 2, nil, "invalid JSON: unexpected byte 0xC3 at byte 1"))
        bytes += Battery.record("after", text: Battery.bytes("BelAZ"))
        // The file ends in the middle of a character, and of the line.
        bytes += Battery.bytes(#"{"id":"cut","text":"Minsk "#) + [0xE2, 0x82]
        expected.append(ErrorRecord(path, line + 4, "cut", "invalid JSON: unterminated string at byte 29 (in field 'text')"))
        try Battery.write(bytes, "utf8.jsonl", in: folder)

        let run = try Battery.extract([path])
        #expect(run.ids == ["before", "after"])
        #expect(run.errors == expected)
        #expect(run.entities("after") == ["ENTERPRISE BelAZ 0 5"])
    }

    @Test("Ill-formed UTF-8 in a text file or on standard input: the article is one error; the other files still run")
    func invalidUTF8InTexts() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [ErrorRecord] = []
        for (index, sequence) in Self.illFormed.enumerated() {
            let start = try Battery.write(sequence.bytes + Battery.bytes(" Minsk"), "\(index)a-\(sequence.name).txt", in: folder)
            let middle = try Battery.write(Battery.bytes("Minsk ") + sequence.bytes + Battery.bytes(" BelAZ"), "\(index)b-\(sequence.name).txt", in: folder)
            let end = try Battery.write(Battery.bytes("Minsk ") + sequence.bytes, "\(index)c-\(sequence.name).txt", in: folder)
            expected += [(start, "a"), (middle, "b"), (end, "c")].map { path, part in
                ErrorRecord(path, 0, "\(index)\(part)-\(sequence.name)", "not valid UTF-8")
            }
        }
        try Battery.write(Battery.bytes("Minsk and BelAZ"), "9-good.txt", in: folder)
        let run = try Battery.extract([folder.path])
        #expect(run.ids == ["9-good"])
        #expect(run.errors == expected)

        let piped = try Battery.extract(["-"], stdin: Battery.bytes("Minsk ") + [0xE2, 0x82])
        #expect(piped.errors == [ErrorRecord("<stdin>", 0, "stdin", "not valid UTF-8")])
    }

    @Test("Byte order marks: skipped at the start of an input and of a JSON-lines line; elsewhere U+FEFF is text, or an error between JSON tokens")
    func byteOrderMarks() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var bytes = bom + Battery.record("first", text: Battery.bytes("Minsk and BelAZ"))
        bytes += Battery.record("second", text: Battery.bytes("Brest"))
        bytes += bom + Battery.record("catted", text: Battery.bytes("Minsk"))        // `cat a.jsonl b.jsonl`
        bytes += Battery.bytes(#"{"id":"between","#) + bom + Battery.bytes(#""text":"Minsk"}"#) + [0x0A]
        bytes += Battery.record("in-text", text: bom + Battery.bytes("Minsk and") + bom + Battery.bytes(" BelAZ"))
        let path = try Battery.write(bytes, "bom.jsonl", in: folder)
        let run = try Battery.extract([path])
        #expect(run.ids == ["first", "second", "catted", "in-text"])
        #expect(run.errors == [
            ErrorRecord(
                path, 4, "between",
                "invalid JSON: expected a string key, found byte order mark (U+FEFF) at byte \(#"{"id":"between","#.utf8.count + 1)"),
        ])
        #expect(run.entities("first") == ["REGION Minsk 0 5", "ENTERPRISE BelAZ 10 15"])
        #expect(run.record("catted")?["text"] as? String == "Minsk")
        // Inside a text U+FEFF is a character, one code point in the offsets.
        #expect(run.record("in-text")?["text"] as? String == "\u{FEFF}Minsk and\u{FEFF} BelAZ")
        #expect(run.entities("in-text") == ["REGION Minsk 1 6", "ENTERPRISE BelAZ 12 17"])

        let leading = try Battery.write(bom + Battery.bytes("Minsk and BelAZ"), "leading.txt", in: folder)
        let inner = try Battery.write(Battery.bytes("Minsk \u{FEFF}BelAZ"), "inner.txt", in: folder)
        let texts = try Battery.extract([leading, inner])
        #expect(texts.records.map { $0["text"] as? String } == ["Minsk and BelAZ", "Minsk \u{FEFF}BelAZ"])
        #expect(texts.entities("leading") == ["REGION Minsk 0 5", "ENTERPRISE BelAZ 10 15"])
        #expect(texts.entities("inner") == ["REGION Minsk 0 5", "ENTERPRISE BelAZ 7 12"])

        // On standard input the mark does not hide the "{" that makes it JSON-lines.
        let piped = try Battery.extract(["-"], stdin: bom + Battery.record("piped", text: Battery.bytes("Minsk")))
        #expect(piped.ids == ["piped"])
    }

    @Test("NUL: an escaped \\u0000 is kept as a code point; a raw NUL byte is an error in JSON and kept in a text file")
    func nulBytes() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Battery.record("escaped", text: Battery.bytes(#"Minsk\u0000BelAZ"#))
        bytes += Battery.record("raw", text: Battery.bytes("Minsk") + [0x00] + Battery.bytes("BelAZ"))
        bytes += Battery.record("after", text: Battery.bytes("Brest"))
        let path = try Battery.write(bytes, "nul.jsonl", in: folder)
        let run = try Battery.extract([path])
        #expect(run.ids == ["escaped", "after"])
        #expect(run.errors == [
            ErrorRecord(path, 2, "raw", "invalid JSON: unescaped control character U+0000 in a string at byte \(Battery.bytePosition(id: "raw", textOffset: 5)) (in field 'text')"),
        ])
        #expect(run.record("escaped")?["text"] as? String == "Minsk\u{0}BelAZ")
        #expect(run.stdout.contains(#""text":"Minsk\u0000BelAZ""#), "written back escaped")
        #expect(run.entities("escaped") == ["REGION Minsk 0 5", "ENTERPRISE BelAZ 6 11"])

        let text = try Battery.write(Battery.bytes("Minsk") + [0x00] + Battery.bytes("BelAZ and Belarus"), "nul.txt", in: folder)
        let texts = try Battery.extract([text])
        #expect(texts.record("nul")?["text"] as? String == "Minsk\u{0}BelAZ and Belarus")
        #expect(texts.entities("nul") == ["REGION Minsk 0 5", "ENTERPRISE BelAZ 6 11", "REGION Belarus 16 23"])
    }

    @Test("Line ends: CRLF ends a JSON-lines line, a lone CR does not (the error says so); texts keep CR and CRLF, one code point each")
    func lineEnds() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let crlf = try Battery.write(Battery.bytes(
            #"{"id":"a","text":"Minsk"}"# + "\r\n" + #"{"id":"b","text":"BelAZ"}"# + "\r\n" + #"{"id":"c"}"# + "\r\n\r\n"
                + #"{"id":"d","text":"Belarus\r\nMinsk\rBrest"}"# + "\r\n"), "crlf.jsonl", in: folder)
        let run = try Battery.extract([crlf])
        #expect(run.ids == ["a", "b", "d"])
        #expect(run.errors == [ErrorRecord(crlf, 3, "c", "missing field 'text'")])
        #expect(run.entities("d") == ["REGION Belarus 0 7", "REGION Minsk 9 14", "REGION Brest 15 20"])

        // A file written with CR line ends is one line to JSON-lines: one error, which says why.
        let first = #"{"id":"a","text":"Minsk"}"#
        let cr = try Battery.write(Battery.bytes(first + "\r" + #"{"id":"b","text":"BelAZ"}"# + "\r"), "cr.jsonl", in: folder)
        let lone = try Battery.extract([cr])
        #expect(lone.records.isEmpty)
        #expect(lone.errors == [ErrorRecord(
            cr, 1, nil, "invalid JSON: unexpected data after the JSON value at byte \(first.utf8.count + 2); "
                + "a lone carriage return (CR) is not a line end in JSON-lines: lines end in LF or CRLF")])

        let text = "Minsk\r\nBelAZ and\r\nBelarus\rRussia\n\rGomel"
        let texts = try Battery.extract([try Battery.write(Battery.bytes(text), "lines.txt", in: folder)])
        #expect(texts.record("lines")?["text"] as? String == text, "kept byte for byte")
        #expect(texts.entities("lines") == [
            "REGION Minsk 0 5", "ENTERPRISE BelAZ 7 12", "REGION Belarus 18 25", "REGION Russia 26 32", "REGION Gomel 34 39",
        ])
    }

    @Test("Right-to-left scripts, combining marks, emoji ZWJ sequences, flags and characters outside the BMP: offsets stay in code points")
    func unicodeOffsets() throws {
        let texts = [
            "🇧🇾 President Alexander Lukashenko visited 𝓜insk and BelAZ.",
            "Belarus President Aleksandr Lukashenko met with 👨‍👩‍👧‍👦 families in Minsk. 🏳️‍🌈🇷🇺 Russia and 𝕭elarus 🙂 BelAZ",
            "زار الرئيس Aleksandr Lukashenko مدينة Minsk و BelAZ. שלום Gomel עם Brest.",
            "Cafe\u{301} in Minsk: Z\u{335}\u{321}a\u{336}\u{328}l\u{337}g\u{338}o Belarus, BelAZ\u{301} e\u{301}\u{302}\u{303} Russia",
            "😀Minsk😀 𐍈𐌰𐌹𐍃 Brest 🇧🇾🇷🇺🇰🇿 Gomel \u{10FFFF} Belarus",
            "Minsk\r\nBrest 𝓜 Belarus", // a CR LF pair is one grapheme but two code points
        ]
        var lines = ""
        for (index, text) in texts.enumerated() {
            let object: [String: Any] = ["id": "u\(index)", "text": text]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Battery.extract([try Battery.write(Battery.bytes(lines), "unicode.jsonl", in: folder)])  // checks every offset
        #expect(run.ids == texts.indices.map { "u\($0)" })
        #expect(run.records.map { $0["text"] as? String } == texts, "texts come back unchanged")

        /// "TYPE text start end" with start and end counted here, in code points.
        func expected(_ type: String, _ name: String, in text: String, occurrence: Int = 0) -> String {
            let scalars = Array(text.unicodeScalars), needle = Array(name.unicodeScalars)
            let starts = (0...(scalars.count - needle.count)).filter { Array(scalars[$0..<($0 + needle.count)]) == needle }
            let start = starts.count > occurrence ? starts[occurrence] : -1
            return "\(type) \(name) \(start) \(start + needle.count)"
        }
        #expect(run.entities("u0") == [expected("PERSON", "Alexander Lukashenko", in: texts[0]), expected("ENTERPRISE", "BelAZ", in: texts[0])])
        #expect(run.entities("u0").first == "PERSON Alexander Lukashenko 13 33", "the flag is two code points")
        #expect(run.entities("u1").contains(expected("PERSON", "Aleksandr Lukashenko", in: texts[1])))
        #expect(run.entities("u1").contains(expected("REGION", "Minsk", in: texts[1])))
        #expect(run.entities("u1").contains(expected("REGION", "Russia", in: texts[1])))
        #expect(run.entities("u1").contains(expected("ENTERPRISE", "BelAZ", in: texts[1])))
        let leader = try #require((run.record("u1")?["relations"] as? [[String: Any]])?.first { $0["type"] as? String == "leader_of" })
        #expect(leader["trigger"] as? String == "President" && leader["trigger_start"] as? Int == 8)
        #expect(run.entities("u2") == ["Aleksandr Lukashenko", "Minsk", "BelAZ", "Gomel", "Brest"].map {
            expected($0 == "Aleksandr Lukashenko" ? "PERSON" : $0 == "BelAZ" ? "ENTERPRISE" : "REGION", $0, in: texts[2])
        })
        #expect(run.entities("u3").contains(expected("REGION", "Minsk", in: texts[3])))
        #expect(run.entities("u3").contains(expected("REGION", "Russia", in: texts[3])))
        #expect(run.entities("u4") == ["Minsk", "Brest", "Gomel", "Belarus"].map { expected("REGION", $0, in: texts[4]) })
        #expect(run.entities("u5") == ["Minsk", "Brest", "Belarus"].map { expected("REGION", $0, in: texts[5]) })
        #expect(run.entities("u5").last == "REGION Belarus 15 22")
    }
}
