/// Splits a text into tokens and sentences with ICU's BreakIterator, then applies Gazette's
/// own adjustments: possessive endings split off, no sentence break after an abbreviation
/// ("Gov.", "St.") or an initial ("A. Lukashenko"), and the leading date marker left out.
///
/// Not thread-safe (it holds ICU iterators and scratch buffers): use one per thread.
public final class Segmenter {
    public struct Options: Sendable {
        /// Folded keys (see `Folding`) of abbreviations after which a period does not end a
        /// sentence, without the period: "gov", "gen", "st".
        public var abbreviations: Set<String>
        /// Numbers token keys as the segmenter goes (see `SegmentedText.wordIDs(from:)`).
        public var vocabulary: (any TokenKeyVocabulary)?

        public init(abbreviations: Set<String> = Options.builtInAbbreviations, vocabulary: (any TokenKeyVocabulary)? = nil) {
            self.abbreviations = abbreviations
            self.vocabulary = vocabulary
        }

        /// A minimal list used when no lexicon supplies one.
        public static let builtInAbbreviations: Set<String> = Set(
            ["mr", "mrs", "ms", "dr", "prof", "gov", "gen", "st", "lt", "col", "maj", "capt", "sen", "jr", "sr",
             "co", "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec"]
                .map { Folding.key($0) })
    }

    public let options: Options
    private let breaker: ICUBreaker
    private var folding = Folding()
    /// Keys, shapes and word ids of token texts seen in earlier texts (bounded).
    private let keyCache = TokenKeyCache()
    /// `options.abbreviations`, looked up by the tokens' key hashes.
    private let abbreviationKeys: HashedKeySet
    private static let periodKeyHash = KeyHash.hash(".")
    /// The sentence iterator's shortened copy of the text (buffers reused).
    private var condenser = SentenceTextCondenser()

    public init(options: Options = Options()) throws {
        self.options = options
        self.abbreviationKeys = HashedKeySet(options.abbreviations)
        self.breaker = try ICUBreaker()
    }

    /// ICU's version, for diagnostics.
    public static var icuVersion: String { ICUBreaker.icuVersion }

    /// Tokens of `text` without sentences, and the UTF-16 buffer they point into: what a
    /// lexicon needs to compile its forms (one call for all of them).
    public func tokenize(_ text: String) throws -> (tokens: [Token], keys: [String], utf16: [UInt16]) {
        let (units, hasSurrogates) = UTF16Transcoder.units(of: text)
        let words = try words(of: units, contentStart: 0, hasSurrogates: hasSurrogates, condensing: false)
        return (words.tokens, words.keys, units)
    }

    /// The tokens of `units` from `contentStart` on, with their keys, key hashes and (with a
    /// vocabulary) word ids; with `condensing`, the text for the sentence pass is condensed
    /// on the way (see `SentenceTextCondenser`).
    private func words(of units: [UInt16], contentStart: Int, hasSurrogates: Bool, condensing: Bool) throws
        -> (tokens: [Token], keys: [String], keyHashes: [UInt64], wordIDs: [Int32], scalarCount: Int)
    {
        // The folding buffers and the condenser move into the builder for the call (no
        // exclusivity check on the stored properties per token) and come back for the next text.
        var folding = Folding()
        swap(&folding, &self.folding)
        defer { swap(&folding, &self.folding) }
        var condenser = SentenceTextCondenser()
        swap(&condenser, &self.condenser)
        defer { swap(&condenser, &self.condenser) }
        let (noneLimit, numberLimit) = breaker.wordStatusLimits
        let cache = keyCache, vocabulary = options.vocabulary
        return try units.withUnsafeBufferPointer { buffer in
            try breaker.withWordSegmentsSkippingSingleSpaces(buffer) { segments in
                // The columns are written into arrays of a fixed capacity: a segment gives at
                // most one token but a word with a possessive ending (two). Should the endings
                // outnumber the room left, the text is built again with room for two per segment.
                var capacity = segments.count + segments.count / 8 + 16
                while true {
                    var scalarCount = 0
                    let columns = TokenColumns.arrays(capacity: capacity, withWordIDs: vocabulary != nil) { columns in
                        func build(_ writer: SentenceTextCondenser.Writer?) -> SentenceTextCondenser.Writer? {
                            var builder = TokenBuilder(
                                units: buffer, contentStart: contentStart, hasSurrogates: hasSurrogates, columns: columns,
                                cache: cache, vocabulary: vocabulary, condensing: writer, folding: &folding)
                            builder.add(segments: segments, noneLimit: noneLimit, numberLimit: numberLimit)
                            builder.returnFolding(to: &folding)
                            scalarCount = builder.scalarCount
                            columns = builder.columns
                            return builder.condensing
                        }
                        if condensing {
                            condenser.condense(buffer, maximumRuns: segments.count) { writer in
                                if let used = build(writer) { writer = used }
                            }
                        } else {
                            _ = build(nil)
                        }
                    }
                    if let columns { return (columns.tokens, columns.keys, columns.keyHashes, columns.wordIDs, scalarCount) }
                    capacity = 2 * segments.count + 16
                }
            }
        }
    }

    /// Raw ICU word segmentation of `text` and nothing else: the UTF-16 copy and the
    /// boundary walk. Benchmarks use it as the floor the pipeline is measured against.
    /// Returns the number of segments.
    public func rawWordSegmentCount(_ text: String) throws -> Int {
        var count = 0
        try breaker.forEachWordSegment(UTF16Transcoder.units(of: text).units) { _, _, _ in count += 1 }
        return count
    }

    /// Raw ICU sentence segmentation of `text`, for benchmarks. Returns the boundary count.
    public func rawSentenceBoundaryCount(_ text: String) throws -> Int {
        try breaker.sentenceBoundaries(UTF16Transcoder.units(of: text).units).count
    }

    public func segment(_ text: String) throws -> SegmentedText {
        let (units, hasSurrogates) = UTF16Transcoder.units(of: text)
        let marker = DateMarker.find(in: units)
        let words = try words(of: units, contentStart: marker?.span.end ?? 0, hasSurrogates: hasSurrogates, condensing: true)
        let sentences = try sentences(tokens: words.tokens, keys: words.keys, keyHashes: words.keyHashes)
        return SegmentedText(
            text: text, utf16: units, tokens: words.tokens, keys: words.keys, keyHashes: words.keyHashes,
            wordIDs: words.wordIDs, vocabulary: options.vocabulary,
            sentences: sentences, dateMarker: marker, scalarCount: words.scalarCount)
    }

    /// Groups tokens into ICU sentences, then re-joins sentences that ICU split after an
    /// abbreviation or an initial.
    private func sentences(tokens: [Token], keys: [String], keyHashes: [UInt64]) throws -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var starts: [Int] = []  // token index where each sentence starts
        try withSentenceBoundaries { boundaries in
            starts.reserveCapacity(boundaries.count + 1)
            starts.append(0)
            tokens.withUnsafeBufferPointer { tokenBuffer in
                // A boundary after 0 starts a sentence at the first token at or after it (the
                // first token starts one anyway); several boundaries before one token count once.
                var tokenIndex = 0, decided = 0
                for boundary in boundaries where boundary > 0 {
                    tokenIndex = Self.firstToken(in: tokenBuffer, from: tokenIndex, startingAtOrAfter: boundary)
                    guard tokenIndex < tokenBuffer.count else { break }
                    guard tokenIndex != decided else { continue }
                    decided = tokenIndex
                    if !continuesSentence(tokens: tokens, keys: keys, keyHashes: keyHashes, at: tokenIndex) { starts.append(tokenIndex) }
                }
            }
        }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(starts.count)
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : tokens.count
            sentences.append(Sentence(
                tokenRange: start..<end,
                span: TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end)))
        }
        return sentences
    }

    /// The index of the first token from `index` on whose UTF-16 start is at or after
    /// `boundary` (`tokens.count` if none), by binary search: sentences span many tokens.
    private static func firstToken(in tokens: UnsafeBufferPointer<Token>, from index: Int, startingAtOrAfter boundary: Int32) -> Int {
        var low = index, high = tokens.count
        while low < high {
            let middle = low &+ (high &- low) >> 1
            if tokens[middle].utf16Start < boundary { low = middle &+ 1 } else { high = middle }
        }
        return low
    }

    /// Calls `body` with ICU's sentence boundaries of the text last segmented by `words`
    /// with condensing (from 0 to its length), found on its condensed copy.
    private func withSentenceBoundaries<Result>(_ body: (UnsafeBufferPointer<Int32>) throws -> Result) throws -> Result {
        try condenser.withCondensedText { condensed in
            try breaker.withSentenceBoundaries(condensed) { boundaries in
                condenser.mapToOriginal(boundaries)
                return try body(UnsafeBufferPointer(boundaries))
            }
        }
    }

    /// ICU's sentence boundaries of `text`, found on its condensed copy (what `segment`
    /// uses), for tests against the full text's.
    func condensedSentenceBoundaries(_ text: String) throws -> [Int] {
        let (units, hasSurrogates) = UTF16Transcoder.units(of: text)
        _ = try words(of: units, contentStart: 0, hasSurrogates: hasSurrogates, condensing: true)
        return try withSentenceBoundaries { $0.map { Int($0) } }
    }

    /// ICU's sentence boundaries of the whole of `text`.
    func fullSentenceBoundaries(_ text: String) throws -> [Int] {
        try breaker.sentenceBoundaries(UTF16Transcoder.units(of: text).units)
    }

    /// Whether the break ICU put before token `index` falls after an abbreviation or initial.
    private func continuesSentence(tokens: [Token], keys: [String], keyHashes: [UInt64], at index: Int) -> Bool {
        let next = tokens[index]
        if next.shape.contains(.lineBreakBefore) { return false }
        guard index >= 2 else { return false }
        let period = tokens[index - 1], word = tokens[index - 2]
        guard keyHashes[index - 1] == Self.periodKeyHash, keys[index - 1] == ".", !period.hasSpaceBefore, word.kind == .word else { return false }
        let isInitial = word.span.length == 1 && word.isCapitalized
        return isInitial || abbreviationKeys.contains(keys[index - 2], hash: keyHashes[index - 2])
    }
}
