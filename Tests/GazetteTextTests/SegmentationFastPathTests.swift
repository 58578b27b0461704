@testable import GazetteText
import Testing

/// The segmenter's fast paths against the general code they stand in for.
@Suite("Segmentation fast paths")
struct SegmentationFastPathTests {
    private static func randomGenerator(seed: UInt64) -> () -> UInt64 {
        var state = seed
        return {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    @Test("UTF-16 from UTF-8 equals the string's UTF-16 view", arguments: [
        "", "Minsk", "Łukašenka’s “plant”", "😀 🇧🇾 BelAZ 𝓜insk", "a\u{0}b", "ASCII only, longer than eight bytes.",
        "Минск — столица", "日本語のテキスト。", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func transcoding(_ text: String) {
        let (units, hasSurrogates) = UTF16Transcoder.units(of: text)
        #expect(units == Array(text.utf16))
        #expect(hasSurrogates == text.utf16.contains { UTF16.isLeadSurrogate($0) || UTF16.isTrailSurrogate($0) })
    }

    @Test("UTF-16 transcoding of random scalar mixes")
    func randomTranscoding() {
        let next = Self.randomGenerator(seed: 11)
        let pool: [Unicode.Scalar] = ["a", "Z", " ", "\n", "é", "Ж", "中", "’", "😀", "\u{10FFFF}", "\u{80}", "\u{7FF}", "\u{800}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(next() % 40) { text.unicodeScalars.append(pool[Int(next() % UInt64(pool.count))]) }
            #expect(UTF16Transcoder.units(of: text).units == Array(text.utf16), "\(text)")
        }
    }

    @Test("UTF-16 transcoding of long ASCII runs broken by non-ASCII scalars at every block offset")
    func blockTranscoding() {
        let ascii = "The quick brown fox jumps over the lazy dog, 0123456789 times."
        for breaker in ["é", "’", "😀", "Ж中"] {
            for offset in 0..<40 {
                var text = String(ascii.prefix(offset)) + breaker + ascii + breaker + String(ascii.prefix(offset))
                #expect(UTF16Transcoder.units(of: text).units == Array(text.utf16), "\(text)")
                text = String(repeating: breaker, count: offset % 3) + String(ascii.suffix(offset))
                #expect(UTF16Transcoder.units(of: text).units == Array(text.utf16), "\(text)")
                #expect(UTF16Transcoder.units(of: text).hasSurrogates == (breaker == "😀" && offset % 3 > 0))
            }
        }
    }

    @Test("The one-pass ASCII fold gives the general path's shape and key")
    func asciiFold() {
        let next = Self.randomGenerator(seed: 5)
        let alphabet = Array("abcdeiknorsxyzABEIKOSXYZ0129.-'&_ ".utf16)
        var fast = Folding(), general = Folding()
        for _ in 0..<5_000 {
            let units = (0..<Int(1 + next() % 12)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            units.withUnsafeBufferPointer { buffer in
                let shape = fast.foldASCIIToken(buffer)
                let expectedShape = TokenBuilder.shape(of: buffer)
                #expect(shape == expectedShape, "\(String(decoding: units, as: UTF16.self))")
                let expectedKey = general.key(buffer, transliterating: expectedShape.contains(.capitalized))
                #expect(fast.foldedString == expectedKey, "\(String(decoding: units, as: UTF16.self))")
            }
        }
        Array("Łódź".utf16).withUnsafeBufferPointer { #expect(fast.foldASCIIToken($0) == nil) }
    }

    @Test("Segmented texts carry the KeyHash of every key")
    func keyHashes() throws {
        let segmenter = try Segmenter()
        let segmented = try segmenter.segment("Aleksandr Lukashenko’s visit to Минск and the U.S. on 21 July 2025. 😀 Yakutiya!")
        #expect(segmented.keyHashes.count == segmented.tokens.count)
        for (key, hash) in zip(segmented.keys, segmented.keyHashes) { #expect(KeyHash.hash(key) == hash, "\(key)") }
        for (index, token) in segmented.tokens.enumerated() {
            #expect(segmented.keys[index] == Folding.key(segmented.text(of: token), transliterating: token.isCapitalized))
        }
    }
}

@Suite("Code-point offsets of tokens around non-BMP characters")
struct NonBMPOffsetTests {
    /// Each token's span, read back as code points, is its UTF-16 range's text: on the first
    /// sight of a word (a cache miss), again (a hit), and for words too long to be cached.
    @Test("Spans match the UTF-16 ranges for new, repeated and uncacheable words after emoji")
    func spansAfterEmoji() throws {
        let segmenter = try Segmenter()
        let long = String(repeating: "𝔸b", count: 20)  // 60 UTF-16 units: never cached
        let text = "😀 Minsk 𝔸lpha 😀😀 Minsk 𝔸lpha \(long) Ωmega 🇧🇾 Minsk. \(long) 𝔸lpha"
        for _ in 0..<2 {  // the second pass finds every short word in the cache
            let segmented = try segmenter.segment(text)
            let scalars = Array(text.unicodeScalars)
            let units = Array(text.utf16)
            for token in segmented.tokens {
                let byScalars = String(String.UnicodeScalarView(scalars[token.span.start..<token.span.end]))
                let byUnits = String(decoding: units[Int(token.utf16Start)..<Int(token.utf16End)], as: UTF16.self)
                #expect(byScalars == byUnits, "token \(byUnits) at \(token.span)")
            }
            #expect(segmented.scalarCount == scalars.count)
        }
    }
}

@Suite("Token columns sized by segments")
struct TokenColumnCapacityTests {
    @Test("Empty and blank texts on a fresh segmenter")
    func emptyTexts() throws {
        for text in ["", " ", "\n", "date 2025-07-21"] {
            let segmented = try Segmenter().segment(text)
            #expect(segmented.tokens.isEmpty && segmented.keys.isEmpty && segmented.sentences.isEmpty, "\(text)")
        }
    }

    @Test("Texts of possessives (two tokens a segment) overflow the first capacity and are built again")
    func possessiveHeavy() throws {
        let segmenter = try Segmenter()
        for count in [1, 10, 20, 100, 1_000] {
            let text = (0..<count).map { $0 % 3 == 0 ? "Constantinopolitan’s" : ($0 % 3 == 1 ? "Russia’s" : "a’s") }.joined(separator: " ")
            for _ in 0..<2 {  // a cold cache, then a warm one
                let segmented = try segmenter.segment(text)
                #expect(segmented.tokens.count == 2 * count)
                #expect(segmented.tokens.enumerated().allSatisfy { $0.element.kind == ($0.offset % 2 == 0 ? .word : .possessive) })
                #expect(segmented.keys.count == 2 * count && segmented.keys.last == Folding.key("’s"))
                #expect(segmented.keys.first == Folding.key("Constantinopolitan", transliterating: true))
            }
        }
    }
}

@Suite("Word segments without single spaces")
struct WordSegmentSkippingTests {
    @Test("The segments are ICU's boundaries and statuses with exactly the lone-space segments left out", arguments: [
        "", " ", "  ", "a", " a ", "Minsk  and\tthe  \n\nU.S. 12 3,5 trucks’ owner’s", "日本語 のテキスト。 😀 a\u{301} \u{301}b",
        "date 2025-07-21 Belarus ships 20 trucks to Tatarstan. Gov. Smith — “quoted” — said:  yes!",
    ])
    func matchesBoundaries(_ text: String) throws {
        let breaker = try ICUBreaker()
        let units = Array(text.utf16)
        var expected: [[Int32]] = []
        try breaker.withWordBoundaries(units) { boundaries, statuses in
            for index in boundaries.indices.dropFirst() {
                let start = boundaries[index - 1], end = boundaries[index]
                if end - start == 1, units[Int(start)] == 0x20 {
                    #expect(statuses[index] < breaker.wordStatusLimits.none, "a lone space is a none segment")
                    continue
                }
                expected.append([start, end, statuses[index]])
            }
        }
        let segments = try units.withUnsafeBufferPointer { buffer in
            try breaker.withWordSegmentsSkippingSingleSpaces(buffer) { $0.map { [$0.start, $0.end, $0.status] } }
        }
        #expect(segments == expected)
    }
}
