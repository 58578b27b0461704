import CICUBridge
@testable import GazetteText
import Testing

/// `gz_break_word_segments` takes the rule status of a segment that ends with most ASCII
/// characters from a table instead of asking ICU: the statuses must be ICU's own.
@Suite("Word segment statuses decided by the last character")
struct WordSegmentStatusTests {
    /// Characters that ICU's word rules treat differently, and runs of them.
    private static let pieces: [String] = [
        "a", "Z", "abc", "Minsk", "OJSC", "s", "x1", "1x", "3", "42", "3.5", "1,000", "2025", "U.S", "don't", "e.g", "a_b", "_", "__",
        "@", "a@b", "'", "\"", ".", ",", ":", ";", "-", "!", "?", "(", ")", "#", "*", "/", "&", "%", "$", "~", "`", "\\", "\u{7F}", "\u{1}",
        " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{3000}",
        // letters and digits of other classes, marks, format and joiner characters, emoji
        "é", "e\u{301}", "Ж", "Минск", "\u{301}", "\u{200D}", "\u{AD}", "\u{2060}", "\u{FEFF}", "😀", "👍🏽", "🇧🇾", "’", "“", "٣", "１",
        // dictionary scripts (split by ICU's dictionaries, not its rules), kana, Hangul, Hebrew
        "ไทย", "ภาษาไทย", "中文", "日本語", "カタカナ", "ひらがな", "한국어", "שלום", "א'", "א\"ב", "ລາວ", "ខ្មែរ", "မြန်မာ",
    ]

    @Test("Every ASCII character's table entry: letters 200, digits 100, ' _ @ left to ICU, the rest 0")
    func table() {
        for unit in UInt16(0)..<0x80 {
            let status = gz_ascii_word_status_of_unit(unit)
            let scalar = Character(Unicode.Scalar(UInt8(unit)))
            if scalar.isASCII && scalar.isLetter {
                #expect(status == 200, "\(unit)")
            } else if scalar.isASCII && scalar.isNumber {
                #expect(status == 100, "\(unit)")
            } else if unit == 0x27 || unit == 0x5F || unit == 0x40 {
                #expect(status == -1, "\(unit)")
            } else {
                #expect(status == 0, "\(unit)")
            }
        }
        #expect(gz_ascii_word_status_of_unit(0x80) == -1 && gz_ascii_word_status_of_unit(0x2019) == -1)
    }

    @Test("Generated hostile texts: the statuses written are ICU's")
    func generated() throws {
        let breaker = try ICUBreaker()
        var state: UInt64 = 29
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var decided = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + Int(next() % 16)) {
                text += Self.pieces[Int(next() % UInt64(Self.pieces.count))]
                if next() % 3 == 0 { text += " " }  // mostly glued: the cases where classes meet
            }
            let units = Array(text.utf16)
            // ICU's status at every boundary, from the walk that asks it each time.
            var icuStatus: [Int32: Int32] = [:]
            try breaker.withWordBoundaries(units) { boundaries, statuses in
                for index in boundaries.indices { icuStatus[boundaries[index]] = statuses[index] }
            }
            try units.withUnsafeBufferPointer { buffer in
                try breaker.withWordSegmentsSkippingSingleSpaces(buffer) { segments in
                    for segment in segments {
                        #expect(segment.status == icuStatus[segment.end], "\(text.debugDescription) at \(segment.end)")
                        if gz_ascii_word_status_of_unit(units[Int(segment.end) - 1]) >= 0 { decided += 1 }
                    }
                }
            }
        }
        #expect(decided > 50_000)
    }
}
