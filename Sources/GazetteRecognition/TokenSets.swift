import GazetteLexicon
import GazetteText

/// The tokens of one document that rules start from, as bitsets over token positions: a
/// rule walks the set bits of its set in a sentence instead of testing every token.
///
/// Sets: one per lexicon kind (the tokens whose word and capitals may start a phrase of
/// that kind, `matchStarts`), the capitalised tokens, the capitalised words, and the
/// tokens that may start an entity-lexicon phrase. Built in one pass over the tokens,
/// which also gathers each sentence's facts for `RuleTriggers`.
public struct TokenSets: Sendable {
    /// A set's number: a kind's `ordinal`, or one of the shape sets below.
    public struct Name: Sendable {
        let number: Int

        /// Tokens that may start a phrase of `kind` (`matchStarts` has its bit).
        public static func startOf(_ kind: LexiconKind) -> Name { Name(number: kind.ordinal) }
        /// Capitalised tokens of any kind (`Token.isCapitalized`).
        public static let capitalized = Name(number: 16)
        /// Capitalised word tokens.
        public static let capitalizedWord = Name(number: 17)
        /// Tokens that may start a phrase of an entity lexicon (person, region, enterprise,
        /// product).
        public static let entityStart = Name(number: 18)

        static let count = 19
    }

    /// The kinds of the entity lexicons, as `phraseBit`s.
    static let entityKinds = LexiconKind.region.phraseBit | LexiconKind.enterprise.phraseBit
        | LexiconKind.person.phraseBit | LexiconKind.product.phraseBit

    /// Per token, the kinds (`LexiconKind.phraseBit`) with a phrase starting with its word
    /// (`Lexicons.phraseStartKinds(of:)`).
    public let phraseStarts: [UInt16]
    /// Per token, those of `phraseStarts` whose first word the token's capitals satisfy.
    public let matchStarts: [UInt16]
    /// Per token: a capitalised word that can be part of a name (`RecognitionContext.isNameWord`).
    let nameWords: [Bool]
    /// Per token: a single-word region type word (`RecognitionContext.isRegionTypeWord`).
    let regionTypeWords: [Bool]
    /// Per sentence, the union of its tokens' facts: `matchStarts` bits (0-15) and
    /// `TokenTrigger.capitalized`.
    let sentenceFacts: [UInt32]
    /// `Name.count` bitsets of `wordsPerSet` words each; bit `i % 64` of word `i / 64` of a
    /// set is token `i`.
    private let bits: [UInt64]
    private let wordsPerSet: Int

    /// Every per-token fact of `text` in one pass over its tokens.
    init(text: SegmentedText, wordIDs: [Int32], lexicons: Lexicons) {
        let tokenCount = text.tokens.count
        let wordsPerSet = (tokenCount + 63) >> 6
        var bits = [UInt64](repeating: 0, count: wordsPerSet * Name.count)
        var phraseStarts = [UInt16](repeating: 0, count: tokenCount)
        var matchStarts = [UInt16](repeating: 0, count: tokenCount)
        var nameWords = [Bool](repeating: false, count: tokenCount)
        var regionTypeWords = [Bool](repeating: false, count: tokenCount)
        var sentenceFacts = [UInt32](repeating: 0, count: text.sentences.count)
        let tables = WordTables(lexicons: lexicons)
        precondition(wordIDs.count == tokenCount, "a word id per token")
        // Bounds are checked once here and per sentence, not per store in the token loop.
        phraseStarts.withUnsafeMutableBufferPointer { phraseStarts in
            matchStarts.withUnsafeMutableBufferPointer { matchStarts in
                nameWords.withUnsafeMutableBufferPointer { nameWords in
                    regionTypeWords.withUnsafeMutableBufferPointer { regionTypeWords in
                        bits.withUnsafeMutableBufferPointer { bits in
                            let columns = Columns(
                                phraseStarts: phraseStarts, matchStarts: matchStarts, nameWords: nameWords,
                                regionTypeWords: regionTypeWords, bits: bits, wordsPerSet: wordsPerSet)
                            Self.scan(text, wordIDs: wordIDs, tables: tables, into: columns, sentenceFacts: &sentenceFacts)
                        }
                    }
                }
            }
        }
        self.bits = bits
        self.wordsPerSet = wordsPerSet
        self.phraseStarts = phraseStarts
        self.matchStarts = matchStarts
        self.nameWords = nameWords
        self.regionTypeWords = regionTypeWords
        self.sentenceFacts = sentenceFacts
    }

    /// The lexicons' per-word tables the scan reads.
    private struct WordTables {
        let byWord: [UInt16]
        let byShape: [UInt64]
        let regionTypeFlags: [Bool]

        init(lexicons: Lexicons) {
            byWord = lexicons.phraseStartKindsByWord
            byShape = lexicons.phraseStartKindsByWordAndShape
            regionTypeFlags = lexicons.regionTypeWordFlags
            assert(byWord.count == byShape.count && byWord.count == regionTypeFlags.count, "per-word tables of one vocabulary")
        }
    }

    /// The per-token columns the scan fills, each `tokenCount` long, and the bitsets.
    private struct Columns {
        let phraseStarts: UnsafeMutableBufferPointer<UInt16>
        let matchStarts: UnsafeMutableBufferPointer<UInt16>
        let nameWords: UnsafeMutableBufferPointer<Bool>
        let regionTypeWords: UnsafeMutableBufferPointer<Bool>
        let bits: UnsafeMutableBufferPointer<UInt64>
        let wordsPerSet: Int
    }

    /// The one pass over the tokens, sentence by sentence, once the lengths are checked.
    private static func scan(
        _ text: SegmentedText, wordIDs: [Int32], tables: WordTables, into columns: Columns, sentenceFacts: inout [UInt32]
    ) {
        let tokenCount = columns.phraseStarts.count, wordsPerSet = columns.wordsPerSet
        let hashes = text.keyHashes
        precondition(
            columns.matchStarts.count == tokenCount && columns.nameWords.count == tokenCount && columns.regionTypeWords.count == tokenCount
                && hashes.count == tokenCount && wordIDs.count == tokenCount && text.tokens.count == tokenCount
                && columns.bits.count == wordsPerSet * Name.count && wordsPerSet << 6 >= tokenCount,
            "columns of one text")
        text.tokens.withUnsafeBufferPointer { tokens in
            wordIDs.withUnsafeBufferPointer { wordIDs in
                hashes.withUnsafeBufferPointer { hashes in
                    tables.byShape.withUnsafeBufferPointer { byShape in
                        tables.byWord.withUnsafeBufferPointer { byWord in
                            tables.regionTypeFlags.withUnsafeBufferPointer { regionTypeFlags in
                                let inputs = Inputs(
                                    tokens: tokens, wordIDs: wordIDs, hashes: hashes, byShape: byShape, byWord: byWord,
                                    regionTypeFlags: regionTypeFlags)
                                scanSentences(text, inputs: inputs, into: columns, sentenceFacts: &sentenceFacts)
                            }
                        }
                    }
                }
            }
        }
    }

    /// What the scan reads per token, as buffers (`scan` checked their lengths).
    private struct Inputs {
        let tokens: UnsafeBufferPointer<Token>
        let wordIDs: UnsafeBufferPointer<Int32>
        let hashes: UnsafeBufferPointer<UInt64>
        let byShape: UnsafeBufferPointer<UInt64>
        let byWord: UnsafeBufferPointer<UInt16>
        let regionTypeFlags: UnsafeBufferPointer<Bool>
    }

    private static func scanSentences(_ text: SegmentedText, inputs: Inputs, into columns: Columns, sentenceFacts: inout [UInt32]) {
        let tokenCount = columns.phraseStarts.count
        let wordCount = min(inputs.byWord.count, inputs.byShape.count, inputs.regionTypeFlags.count)
        let keys = text.keys
        let nonNames = CommonWords.capitalizedNonNames, nonNameFilter = CommonWords.capitalizedNonNameFilter
        let capitalized = UInt64(1) << UInt64(Name.capitalized.number)
        let capitalizedWord = UInt64(1) << UInt64(Name.capitalizedWord.number)
        let entityStart = UInt64(1) << UInt64(Name.entityStart.number)
        let wordsPerSet = columns.wordsPerSet
        for (sentenceIndex, sentence) in text.sentences.enumerated() {
            let range = sentence.tokenRange
            precondition(range.lowerBound >= 0 && range.upperBound <= tokenCount, "sentence within the text")
            var facts: UInt64 = 0
            for index in range {
                let token = inputs.tokens[index]
                var sets: UInt64 = 0
                let id = Int(inputs.wordIDs[index])
                if id >= 0, id < wordCount {
                    let kinds = UInt16(truncatingIfNeeded: inputs.byShape[id] >> UInt64(16 * Lexicons.shapeClass(of: token)))
                    columns.phraseStarts[index] = inputs.byWord[id]
                    columns.matchStarts[index] = kinds
                    columns.regionTypeWords[index] = inputs.regionTypeFlags[id]
                    sets = UInt64(kinds) | (kinds & Self.entityKinds != 0 ? entityStart : 0)
                }
                if token.isCapitalized {
                    if token.kind == .word {
                        sets |= capitalized | capitalizedWord
                        let hash = inputs.hashes[index]
                        columns.nameWords[index] = !(nonNameFilter.mayContain(hash: hash) && nonNames.contains(keys[index], hash: hash))
                    } else {
                        sets |= capitalized
                    }
                }
                guard sets != 0 else { continue }
                facts |= sets
                let word = index >> 6, bit = UInt64(1) << UInt64(index & 63)
                while sets != 0 {
                    // In bounds (set < Name.count, word < wordsPerSet): no overflow checks.
                    columns.bits[sets.trailingZeroBitCount &* wordsPerSet &+ word] |= bit
                    sets &= sets - 1
                }
            }
            sentenceFacts[sentenceIndex] = UInt32(truncatingIfNeeded: facts & 0xFFFF)
                | (facts & capitalized != 0 ? TokenTrigger.capitalized : 0)
        }
    }

    /// Whether token `index` is in `set`.
    @inline(__always)
    public func contains(_ set: Name, _ index: Int) -> Bool {
        bits[set.number * wordsPerSet + index >> 6] >> UInt64(index & 63) & 1 != 0
    }

    /// The tokens of `set` within `range`, in increasing order.
    @inline(__always)
    public func positions(_ set: Name, in range: Range<Int>) -> Positions {
        Positions(bits: bits, base: set.number * wordsPerSet, range: range)
    }

    /// The set bits of one set within a token range.
    public struct Positions: Sequence, IteratorProtocol {
        private let bits: [UInt64]
        private let base: Int
        private let upperBound: Int
        private let lastWord: Int
        private var word: Int
        private var current: UInt64

        @inline(__always)
        init(bits: [UInt64], base: Int, range: Range<Int>) {
            self.bits = bits
            self.base = base
            upperBound = range.upperBound
            word = range.lowerBound >> 6
            if range.isEmpty {
                lastWord = word - 1
                current = 0
            } else {
                lastWord = (range.upperBound - 1) >> 6
                current = bits[base + word] & (UInt64.max << UInt64(range.lowerBound & 63))
            }
        }

        @inline(__always)
        public mutating func next() -> Int? {
            while current == 0 {
                if word >= lastWord { return nil }
                word += 1
                current = bits[base + word]
            }
            let position = word << 6 | current.trailingZeroBitCount
            guard position < upperBound else { return nil }
            current &= current - 1
            return position
        }
    }
}
