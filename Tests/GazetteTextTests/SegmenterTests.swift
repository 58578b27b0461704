import GazetteTestSupport
import GazetteText
import Testing

@Suite("Segmenter")
struct SegmenterTests {
    let segmenter: Segmenter

    init() throws { segmenter = try Segmenter() }

    private func sentences(_ text: String) throws -> [String] {
        let segmented = try segmenter.segment(text)
        return segmented.sentences.map { segmented.text(ofTokens: $0.tokenRange) }
    }

    private func tokens(_ text: String) throws -> [String] {
        let segmented = try segmenter.segment(text)
        return segmented.tokens.map { segmented.text(of: $0) }
    }

    @Test("No sentence break after abbreviations and initials")
    func abbreviations() throws {
        let text = "Gov. Ivanov met A. Lukashenko in St. Petersburg. Gen. Petrov and Mr. Smith left. Then it rained."
        #expect(try sentences(text) == [
            "Gov. Ivanov met A. Lukashenko in St. Petersburg.",
            "Gen. Petrov and Mr. Smith left.",
            "Then it rained.",
        ])
    }

    @Test("Line breaks end headlines; CRLF and lone CR are line breaks")
    func lineBreaks() throws {
        #expect(try sentences("Lukashenko meets Governor\r\nBelarus is ready.\rIt works.") == [
            "Lukashenko meets Governor", "Belarus is ready.", "It works.",
        ])
    }

    @Test("Quotes and apostrophes stay with their sentence")
    func quotes() throws {
        let text = "“We will build Osvei. We will fulfil our obligations,” the President said. \"Don't worry,\" he added."
        let result = try sentences(text)
        #expect(result.count == 3)
        #expect(result.last == "\"Don't worry,\" he added.")
    }

    @Test("Offsets are code points, also after emoji, non-BMP and non-ASCII text")
    func codePointOffsets() throws {
        let text = "😀 Łukašenka 𝒜 visited Минск and Samara\u{00A0}Oblast’s plant. 🇧🇾 Brest."
        let segmented = try segmenter.segment(text)
        for token in segmented.tokens {
            #expect(TestSupport.slice(text, token.span.start, token.span.end) == segmented.text(of: token))
        }
        let words = segmented.tokens.map { segmented.text(of: $0) }
        #expect(words.contains("Łukašenka"))
        #expect(words.contains("Минск"))
        #expect(words.contains("Samara") && words.contains("Oblast"))
        #expect(segmented.scalarCount == text.unicodeScalars.count)
    }

    @Test("Possessive endings are split off as their own tokens")
    func possessives() throws {
        let segmented = try segmenter.segment("Russia’s Samara Oblast and Belarus’ BelAZ and Russia's Tula")
        let pieces = segmented.tokens.map { "\(segmented.text(of: $0))/\($0.kind == .possessive ? "P" : "-")" }
        #expect(pieces == [
            "Russia/-", "’s/P", "Samara/-", "Oblast/-", "and/-", "Belarus/-", "’/P", "BelAZ/-", "and/-", "Russia/-", "'s/P", "Tula/-",
        ])
    }

    @Test("Hyphenated compounds split into words with no space between them")
    func hyphenatedCompounds() throws {
        let segmented = try segmenter.segment("the Belarus-Russia Union State")
        #expect(segmented.tokens.map { segmented.text(of: $0) } == ["the", "Belarus", "-", "Russia", "Union", "State"])
        #expect(!segmented.tokens[2].hasSpaceBefore && !segmented.tokens[3].hasSpaceBefore)
        #expect(segmented.tokens[4].hasSpaceBefore)
    }

    @Test("A leading date marker is parsed, kept out of the tokens, and offsets stay absolute")
    func dateMarkerInline() throws {
        let text = " date 2025-07-21 Belarusian President met Governor."
        let segmented = try segmenter.segment(text)
        #expect(segmented.dateMarker?.date == "2025-07-21")
        #expect(segmented.dateMarker?.span == TextSpan(start: 1, end: 16))
        let first = try #require(segmented.tokens.first)
        #expect(segmented.text(of: first) == "Belarusian")
        #expect(first.span.start == 17)
    }

    @Test("A date marker on a line of its own")
    func dateMarkerOwnLine() throws {
        let segmented = try segmenter.segment("date 2019-12-12\n\n12 December 2019\n\nBelarus and Tatarstan agreed.")
        #expect(segmented.dateMarker?.date == "2019-12-12")
        #expect(segmented.sentences.count == 2)
        #expect(segmented.text(ofTokens: segmented.sentences[0].tokenRange) == "12 December 2019")
    }

    @Test("Text that only looks like a date marker is text")
    func notADateMarker() throws {
        #expect(try segmenter.segment("date 2019-12-123 is odd").dateMarker == nil)
        #expect(try segmenter.segment("Update 2019-12-12").dateMarker == nil)
    }

    @Test("Shapes: capitalised, all caps, digits, line breaks")
    func shapes() throws {
        let segmented = try segmenter.segment("MINSK, 17 November\nBelAZ")
        let minsk = segmented.tokens[0], number = segmented.tokens[2], belaz = segmented.tokens[4]
        #expect(minsk.isAllUppercase && minsk.isCapitalized)
        #expect(number.kind == .number && number.shape.contains(.hasDigit))
        #expect(belaz.shape.contains(.lineBreakBefore) && !belaz.isAllUppercase)
    }

    @Test("Empty and white-space-only texts have no tokens")
    func emptyText() throws {
        #expect(try segmenter.segment("").tokens.isEmpty)
        #expect(try segmenter.segment(" \n\t ").sentences.isEmpty)
    }
}
