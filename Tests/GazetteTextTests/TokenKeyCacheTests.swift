@testable import GazetteText
import Testing

@Suite("Token key cache, token columns, folded key sets")
struct TokenKeyCacheTests {
    private func entry(_ cache: TokenKeyCache, _ text: String) -> TokenKeyCache.Entry? {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return cache.entry(base, length: units.count, hash: TokenKeyCache.hash(base, length: units.count))?.pointee
        }
    }

    private func insert(_ cache: TokenKeyCache, _ text: String, id: Int32) {
        let units = Array(text.utf16)
        units.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let key = Folding.key(text)
            cache.insert(
                base, length: units.count, hash: TokenKeyCache.hash(base, length: units.count), key: key, keyHash: KeyHash.hash(key),
                shape: [.hasLetter], wordID: id, isASCIILetters: true)
        }
    }

    @Test("Entries are found by their exact text, through growth")
    func findAndGrow() {
        let cache = TokenKeyCache(capacity: 5_000)
        let words = (0..<3_000).map { "w\($0)x" } + ["a", "ab", "abc", "abcd", "abcde", "Łódź", "😀"]
        for (index, word) in words.enumerated() { insert(cache, word, id: Int32(index)) }
        #expect(cache.count == words.count)
        for (index, word) in words.enumerated() {
            let found = entry(cache, word)
            #expect(found?.wordID == Int32(index))
            #expect(found?.key == Folding.key(word))
        }
        // Prefixes, extensions and case variants are other texts.
        for missing in ["w1", "w12", "w1x0", "W1x", "abcdef", "Abc", "Łód"] { #expect(entry(cache, missing) == nil, "\(missing)") }
    }

    @Test("Texts around the eight units kept in the entry: equal prefixes, other lengths, through growth")
    func inlineAndArenaTexts() {
        let cache = TokenKeyCache(capacity: 2_000)
        var words: [String] = []
        for stem in ["abcdefg", "abcdefgh", "Ёлкиполки", "abcdefghijklmnopqrstuvwxyz12345"] {
            for suffix in ["", "x", "y", "xy", "😀"] where (stem + suffix).utf16.count <= TokenKeyCache.maximumUnits { words.append(stem + suffix) }
        }
        words += (0..<500).map { "longer-token-\($0)" }
        for (index, word) in words.enumerated() { insert(cache, word, id: Int32(index)) }
        #expect(cache.count == words.count)
        for (index, word) in words.enumerated() { #expect(entry(cache, word)?.wordID == Int32(index), "\(word)") }
        for missing in ["abcdefgz", "abcdefghz", "abcdefghx ", "longer-token-500", "longer-token-4999", "Ёлкиполкиz"] {
            #expect(entry(cache, missing) == nil, "\(missing)")
        }
        #expect(MemoryLayout<TokenKeyCache.Entry>.stride <= 64, "an entry should stay one cache line")
    }

    @Test("Short texts: loaded inline units, their hash and lookup agree with the general path")
    func inlineLookup() {
        let cache = TokenKeyCache(capacity: 100)
        let words = ["a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "Łódź", "😀", "a😀b"]
        for (index, word) in words.enumerated() { insert(cache, word, id: Int32(index)) }
        for (index, word) in words.enumerated() {
            // Followed by other units, as inside a text: the load reads past the word and masks them off.
            let units = Array(word.utf16) + Array("zzzzzzzz".utf16)
            let length = word.utf16.count
            units.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let loaded = TokenKeyCache.inlineUnits(loadingPast: base, length: length)
                let copied = TokenKeyCache.inlineUnits(base, length: length)
                #expect(loaded == copied, "\(word)")
                let hash = TokenKeyCache.hash(inline: loaded, length: length)
                #expect(hash == TokenKeyCache.hash(base, length: length))
                #expect(cache.entry(inline: loaded, length: length, hash: hash)?.pointee.wordID == Int32(index), "\(word)")
                if length > 1 {  // a prefix is another text
                    let prefix = TokenKeyCache.inlineUnits(loadingPast: base, length: length - 1)
                    #expect(cache.entry(inline: prefix, length: length - 1, hash: TokenKeyCache.hash(inline: prefix, length: length - 1)) == nil
                        || words.contains(String(decoding: units[..<(length - 1)], as: UTF16.self)))
                }
            }
        }
    }

    @Test("Short-text hashes spread every unit and the length into the low bits the slot index takes")
    func shortHashSpread() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf16)
        for length in 1...TokenKeyCache.inlineUnitCount {
            for position in 0..<length {
                // Texts differing in the unit at `position` alone should land in different slots of a small table.
                var units = Array(repeating: UInt16(0x65), count: length)
                let slots = Set(letters.map { letter -> UInt64 in
                    units[position] = letter
                    return units.withUnsafeBufferPointer { buffer in
                        guard let base = buffer.baseAddress else { return 0 }
                        return TokenKeyCache.hash(base, length: length) & 0x3FF
                    }
                })
                #expect(slots.count >= 24, "length \(length), position \(position): \(slots.count) slots")
            }
        }
        let lengths = Set((1...TokenKeyCache.inlineUnitCount).map { length in
            Array(repeating: UInt16(0x65), count: length).withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { TokenKeyCache.hash($0, length: length) & 0x3FF } ?? 0
            }
        })
        #expect(lengths.count == TokenKeyCache.inlineUnitCount, "\"e\", \"ee\", … should not share slots")
    }

    @Test("Entries keep heap-allocated keys through table growth and release them with the cache")
    func heapKeysThroughGrowth() {
        do {
            let cache = TokenKeyCache(capacity: 20_000)
            let words = (0..<10_000).map { "w\($0)" }
            for (index, word) in words.enumerated() {
                Array(word.utf16).withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    cache.insert(
                        base, length: buffer.count, hash: TokenKeyCache.hash(base, length: buffer.count),
                        key: "a key long enough for the heap, number \(index)", keyHash: UInt64(index), shape: [], wordID: Int32(index),
                        isASCIILetters: false)
                }
            }
            #expect(cache.count == words.count)
            for (index, word) in words.enumerated() where index % 97 == 0 {
                let found = entry(cache, word)
                #expect(found?.key == "a key long enough for the heap, number \(index)" && found?.keyHash == UInt64(index))
            }
        }  // the cache and its keys are released here
    }

    @Test("A full cache stops inserting; long texts are never cached")
    func bounded() {
        let cache = TokenKeyCache(capacity: 4)
        for word in ["one", "two", "three", "four", "five"] { insert(cache, word, id: 1) }
        #expect(cache.count == 4 && cache.isFull)
        #expect(entry(cache, "four") != nil && entry(cache, "five") == nil)
        let roomy = TokenKeyCache(capacity: 4)
        insert(roomy, String(repeating: "x", count: TokenKeyCache.maximumUnits + 1), id: 1)
        #expect(roomy.count == 0)
    }

    @Test("Token columns fill exact arrays; an append past the capacity makes them nil")
    func columns() {
        func fill(_ columns: inout TokenColumns, _ count: Int) {
            for index in 0..<count {
                let token = Token(span: TextSpan(start: index, end: index + 1), utf16Start: Int32(index), utf16End: Int32(index + 1), kind: .word, shape: [])
                columns.append(token, key: "k\(index) with a long heap-allocated key", keyHash: UInt64(index), wordID: Int32(-index))
            }
        }
        let result = TokenColumns.arrays(capacity: 100, withWordIDs: true) { columns in
            fill(&columns, 100)
            #expect(columns.last?.span.start == 99 && !columns.overflowed)
        }
        #expect(result?.tokens.map(\.span.start) == Array(0..<100))
        #expect(result?.keys.last == "k99 with a long heap-allocated key")
        #expect(result?.keyHashes == (0..<100).map { UInt64($0) })
        #expect(result?.wordIDs == (0..<100).map { Int32(-$0) })
        let withoutIDs = TokenColumns.arrays(capacity: 10, withWordIDs: false) { fill(&$0, 3) }
        #expect(withoutIDs?.tokens.count == 3 && withoutIDs?.keys.count == 3 && withoutIDs?.wordIDs.isEmpty == true)
        // Past the capacity: nil, the keys written released (checked by sanitizers and leak tools).
        #expect(TokenColumns.arrays(capacity: 50, withWordIDs: true) { fill(&$0, 100) } == nil)
        #expect(TokenColumns.arrays(capacity: 0, withWordIDs: false) { _ in }?.tokens.isEmpty == true)
    }

    @Test("Tokens keep their spans in 32-bit offsets, 20 bytes a token")
    func compactToken() {
        var token = Token(span: TextSpan(start: 7, end: 12), utf16Start: 8, utf16End: 14, kind: .possessive, shape: [.capitalized, .spaceBefore])
        #expect(token.span == TextSpan(start: 7, end: 12) && token.span.length == 5)
        token.span = TextSpan(start: 2_000_000_000, end: 2_000_000_003)
        #expect(token.span.start == 2_000_000_000 && token.span.end == 2_000_000_003)
        #expect(token.utf16Start == 8 && token.utf16End == 14 && token.kind == .possessive && token.isCapitalized && token.hasSpaceBefore)
        #expect(MemoryLayout<Token>.stride == 20)
    }

    @Test("Folded key sets find exactly their keys by hash")
    func foldedKeySet() {
        let words = ["the", "a", "in", "mr", "", "january", "łódź"] + (0..<200).map { "word\($0)" }
        let set = HashedKeySet(words + ["the"])
        #expect(set.count == words.count)
        for word in words { #expect(set.contains(word, hash: KeyHash.hash(word))) }
        for word in ["th", "them", "word200", "Mr", "lodz"] { #expect(!set.contains(word)) }
    }
}

/// A vocabulary numbering keys by their length, to see ids handed out by the segmenter.
private final class LengthVocabulary: TokenKeyVocabulary {
    func wordID(forKey key: String, hash: UInt64) -> Int32 {
        precondition(hash == KeyHash.hash(key))
        return key == "unknown" ? -1 : Int32(key.utf8.count)
    }
}

@Suite("Word ids from the segmenter's vocabulary")
struct SegmenterVocabularyTests {
    @Test("Ids come with the text for the segmenter's vocabulary only, also from cached words")
    func ids() throws {
        let vocabulary = LengthVocabulary()
        let segmenter = try Segmenter(options: Segmenter.Options(vocabulary: vocabulary))
        let text = "Aleksandr Lukashenko’s unknown visit to Минск, and Lukashenko again. 😀 unknown"
        for _ in 0..<3 {
            let segmented = try segmenter.segment(text)
            #expect(segmented.wordIDs(from: vocabulary) == segmented.keys.map { $0 == "unknown" ? -1 : Int32($0.utf8.count) })
            #expect(segmented.wordIDs(from: LengthVocabulary()) == nil)
        }
        #expect(try Segmenter().segment(text).wordIDs(from: vocabulary) == nil)
    }

    @Test("A segmenter with a warm cache segments like a fresh one")
    func warmEqualsFresh() throws {
        let warm = try Segmenter()
        let texts = [
            "Belarus’ BelAZ and Russia’s KAMAZ. Gov. Smith met A. Lukashenko in St. Petersburg.",
            "date 2025-07-21 Trucks, trucks and TRUCKS: Minsk-made MAZ trucks went to Tatarstan!",
            "Łukašenka and Alexander Yevgeny Sergei 😀 in 日本. U.S. firms, e.g. Ford, too.",
        ]
        for _ in 0..<2 {
            for text in texts {
                let fresh = try Segmenter().segment(text)
                let again = try warm.segment(text)
                #expect(again.keys == fresh.keys)
                #expect(again.keyHashes == fresh.keyHashes)
                #expect(again.tokens.map(\.span) == fresh.tokens.map(\.span))
                #expect(again.tokens.map(\.shape) == fresh.tokens.map(\.shape))
                #expect(again.tokens.map(\.kind) == fresh.tokens.map(\.kind))
                #expect(again.sentences.map(\.tokenRange) == fresh.sentences.map(\.tokenRange))
            }
        }
    }
}
