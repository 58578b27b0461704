import Foundation
@testable import GazetteText
import GazetteTestSupport
import Testing

/// The sentence pass reads a condensed copy of the text (`SentenceTextCondenser`): its
/// boundaries must be exactly those of ICU's walk over the whole text.
@Suite("Sentence boundaries on the condensed text")
struct SentenceCondensingTests {
    /// Every text the repository ships: evaluation sources, seed articles, gold texts.
    private static func fixtureTexts() throws -> [String] {
        var texts: [String] = []
        let manager = FileManager.default
        for folder in ["Evaluation/fixtures/src", "seeds"] {
            let path = TestSupport.path(folder)
            for name in try manager.contentsOfDirectory(atPath: path).sorted() where name.hasSuffix(".txt") {
                texts.append(try String(contentsOfFile: path + "/" + name, encoding: .utf8))
            }
        }
        let goldPath = TestSupport.path("Evaluation/fixtures")
        for name in try manager.contentsOfDirectory(atPath: goldPath).sorted() where name.hasSuffix(".jsonl") {
            let lines = try String(contentsOfFile: goldPath + "/" + name, encoding: .utf8).split(separator: "\n")
            for line in lines {
                if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   let text = object["text"] as? String { texts.append(text) }
            }
        }
        return texts
    }

    @Test("Fixture texts: condensed boundaries equal the full text's")
    func fixtures() throws {
        let segmenter = try Segmenter()
        let texts = try Self.fixtureTexts()
        #expect(texts.count > 10)
        // Twice: the second round takes every word from the key cache.
        for _ in 0..<2 {
            for text in texts {
                #expect(try segmenter.condensedSentenceBoundaries(text) == segmenter.fullSentenceBoundaries(text))
            }
        }
    }

    /// Pieces that sentence rules and the abbreviation filter react to.
    private static let pieces: [String] = [
        // letter runs of both cases and every length around the threshold
        "a", "ab", "abc", "abcd", "Abcdef", "ABC", "ABCDEF", "AbC", "aBc", "McDonald", "iPhone", "xYz", "Tatarstan", "OJSC",
        // abbreviations of ICU's English filter, parts of them, and near misses
        "Mr.", "Mrs.", "MR.", "Dr.", "U.S.", "U.S.A.", "U.", "S.", "Ph.D.", "e.g.", "E.g.", "i.e.", "I.e.", "a.m.", "p.m.",
        "Hon.B.A.", "Lt.Cdr.", "S.p.A.", "Prof.", "Sept.", "Capt.", "Gov.", "St.", "vs.", "Etc.", "No.", "Jan.", "M.I.T.",
        "XMr.", "Mrx.", "Prof", "Hon.", "B.A.", "Dept.", "Lt.",
        // terminators, closers, continuations
        ".", "..", "...", "!", "?", "?!", "…", "\u{2024}", "\u{FE52}", "\u{FF0E}", "。", "!", "‼", "?",
        ")", "]", "\"", "'", "”", "’", "»", "(", "[", "“", "«", ",", ";", ":", "-", "—", "–", "/", "{", "}",
        "#", "&", "@", "*", "+", "=", "_", "~", "|", "\\", "^", "`", "<", ">", "%", "$", "\u{7F}", "\u{1}",
        // spaces and separators
        " ", " ", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", "\n\n", "\r\n", "\r", "\u{2029}", "\u{2028}", "\u{85}", "\u{0C}",
        // digits, other scripts, marks, format characters, emoji
        "3", "42", "3.5", "2025", "é", "Éric", "Łukašenka", "Ж", "Минск", "中", "日本", "ß", "İ", "\u{301}", "e\u{301}", "\u{200B}",
        "\u{AD}", "\u{200D}", "\u{FEFF}", "😀", "🇧🇾", "ǅ", "ﬁ", "Ⅻ", "ª",
    ]

    private static func randomGenerator(seed: UInt64) -> () -> UInt64 {
        var state = seed
        return {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    @Test("Generated hostile texts: condensed boundaries equal the full text's")
    func generated() throws {
        let segmenter = try Segmenter()
        let next = Self.randomGenerator(seed: 2_025)
        for round in 0..<20_000 {
            var text = ""
            let pieceCount = 1 + Int(next() % (round % 10 == 0 ? 120 : 24))
            for _ in 0..<pieceCount {
                text += Self.pieces[Int(next() % UInt64(Self.pieces.count))]
                // Mostly separated, as in prose, sometimes glued together.
                if next() % 3 != 0 { text += " " }
            }
            let condensed = try segmenter.condensedSentenceBoundaries(text)
            let full = try segmenter.fullSentenceBoundaries(text)
            #expect(condensed == full, "\(text.debugDescription)")
            if condensed != full { break }
        }
    }

    @Test("Chains are shortened only where allowed, and offsets map back")
    func shortening() throws {
        let segmenter = try Segmenter()
        let text = "Belarus ships trucks to Tatarstan. Mr. Smith (OJSC) said: fine!"
        #expect(try segmenter.condensedSentenceBoundaries(text) == segmenter.fullSentenceBoundaries(text))
        var condenser = SentenceTextCondenser()
        let source = "Belarus x, 20 trucks Mr.Abcd Tatarstan. ab (cd ef) Gh"
        let units = Array(source.utf16)
        // The words as the token builder would offer them: each ASCII letter run, in order.
        var runs: [(Int, Int)] = []
        var start: Int?
        for (index, unit) in units.enumerated() {
            let isLetter = (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A
            if isLetter, start == nil { start = index }
            if !isLetter, let runStart = start { runs.append((runStart, index)); start = nil }
        }
        if let runStart = start { runs.append((runStart, units.count)) }
        units.withUnsafeBufferPointer { buffer in
            condenser.condense(buffer, maximumRuns: 16) { writer in
                for (start, end) in runs { writer.offerLetterRun(start: start, end: end) }
            }
        }
        let condensed = condenser.withCondensedText { String(decoding: $0, as: UTF16.self) }
        // "Belarus x, 20 trucks" chains (first letter B, last s of another case); Mr, Abcd and
        // Tatarstan touch a period; "(" and ")" end chains; "ab" and "cd ef" are chains of
        // one case; "Gh" gains nothing.
        #expect(condensed == "Bs Mr.Abcd Tatarstan. a (c) Gh")
        var boundaries: [Int32] = [0, 2, 3, 22, 23, 25, Int32(condensed.utf16.count)]
        boundaries.withUnsafeMutableBufferPointer { condenser.mapToOriginal($0) }
        #expect(boundaries == [0, 20, 21, 40, 42, 44, Int32(units.count)])
    }

    @Test("The ordinary-ASCII masks are the documented set")
    func masks() {
        let excluded = Set("!\"'().?[]{}".utf16)
        for unit in UInt16(0)..<0x80 {
            let expected = unit >= 0x20 && unit < 0x7F && !excluded.contains(unit)
            let word = unit < 0x40 ? SentenceTextCondenser.Writer.ordinaryLow : SentenceTextCondenser.Writer.ordinaryHigh
            #expect((word & (1 << UInt64(unit & 63)) != 0) == expected, "\(unit)")
        }
    }

    @Test("Runs chain next to ASCII but letters and the period only")
    func chainingNeighbours() {
        for unit in UInt16(0)..<0x100 {
            let isLetter = (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A
            let expected = unit < 0x80 && unit != 0x2E && !isLetter
            #expect(SentenceTextCondenser.Writer.allowsChaining(unit) == expected, "\(unit)")
        }
        #expect(!SentenceTextCondenser.Writer.allowsChaining(0x2019) && !SentenceTextCondenser.Writer.allowsChaining(0xFFFF))
    }
}
