/// A text with its tokens and sentences: what every later stage reads.
///
/// It owns the original text and its UTF-16 buffer; tokens and sentences are light values
/// with integer offsets into it. All public offsets are Unicode scalar (code point) offsets.
public struct SegmentedText: Sendable {
    public let text: String
    /// The text as UTF-16 code units, for slicing token text without re-walking the string.
    public let utf16: [UInt16]
    /// Tokens in text order; white space is not a token. The date marker's tokens are left out.
    public let tokens: [Token]
    /// The folded lookup key of each token (see `Folding`: lowercase, diacritics and, for
    /// capitalised words, transliteration variants folded), parallel to `tokens`.
    public let keys: [String]
    /// `KeyHash` of each key, parallel to `tokens`: lexicons look keys up without hashing
    /// them again.
    public let keyHashes: [UInt64]
    /// Word ids of the tokens by the segmenter's vocabulary (empty without one); see
    /// `wordIDs(from:)`.
    let wordIDs: [Int32]
    let vocabulary: (any TokenKeyVocabulary)?
    /// Sentences in text order, covering every token exactly once.
    public let sentences: [Sentence]
    /// The leading `date YYYY-MM-DD` marker, if the text has one.
    public let dateMarker: DateMarker?
    /// Length of the text in code points.
    public let scalarCount: Int

    init(
        text: String, utf16: [UInt16], tokens: [Token], keys: [String], keyHashes: [UInt64], wordIDs: [Int32] = [],
        vocabulary: (any TokenKeyVocabulary)? = nil, sentences: [Sentence], dateMarker: DateMarker?, scalarCount: Int
    ) {
        self.text = text
        self.utf16 = utf16
        self.tokens = tokens
        self.keys = keys
        self.keyHashes = keyHashes
        self.wordIDs = vocabulary == nil ? [] : wordIDs
        self.vocabulary = vocabulary
        self.sentences = sentences
        self.dateMarker = dateMarker
        self.scalarCount = scalarCount
        checkInvariants()
    }

    /// The word id of every token by `vocabulary`, when the segmenter had that vocabulary (the
    /// same object) in its options; nil otherwise.
    public func wordIDs(from vocabulary: any TokenKeyVocabulary) -> [Int32]? {
        self.vocabulary === vocabulary ? wordIDs : nil
    }

    /// The exact text of tokens `range` (from the first token's start to the last one's end).
    public func text(ofTokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let start = Int(tokens[first].utf16Start), end = Int(tokens[last].utf16End)
        return String(utf16Units: utf16[start..<end])
    }

    /// The exact text of one token.
    public func text(of token: Token) -> String {
        String(utf16Units: utf16[Int(token.utf16Start)..<Int(token.utf16End)])
    }

    /// The code-point span covering tokens `range`.
    public func span(ofTokens range: Range<Int>) -> TextSpan {
        guard let first = range.first, let last = range.last else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[first].span.start, end: tokens[last].span.end)
    }

    /// The index of the sentence holding token `index` (binary search).
    public func sentenceIndex(ofToken index: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sentences[middle].tokenRange.lowerBound <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Debug-build checks: tokens sorted, in bounds and non-overlapping; sentences tile them.
    private func checkInvariants() {
        #if DEBUG
        var previousEnd = 0
        for token in tokens {
            assert(token.span.start >= previousEnd && token.span.end <= scalarCount, "token out of order or bounds")
            assert(token.span.start < token.span.end, "empty token")
            previousEnd = token.span.end
        }
        var nextToken = 0
        for sentence in sentences {
            assert(sentence.tokenRange.lowerBound == nextToken, "sentences do not tile the tokens")
            assert(!sentence.tokenRange.isEmpty, "empty sentence")
            nextToken = sentence.tokenRange.upperBound
        }
        assert(nextToken == tokens.count, "sentences do not cover every token")
        assert(keys.count == tokens.count && keyHashes.count == tokens.count, "keys not parallel to tokens")
        assert(vocabulary == nil || wordIDs.count == tokens.count, "word ids not parallel to tokens")
        #endif
    }
}
