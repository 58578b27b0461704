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

        public init(abbreviations: Set<String> = Options.builtInAbbreviations) {
            self.abbreviations = abbreviations
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

    public init(options: Options = Options()) throws {
        self.options = options
        self.breaker = try ICUBreaker()
    }

    /// ICU's version, for diagnostics.
    public static var icuVersion: String { ICUBreaker.icuVersion }

    /// Tokens of `text` without sentences, and the UTF-16 buffer they point into: what a
    /// lexicon needs to compile its forms (one call for all of them).
    public func tokenize(_ text: String) throws -> (tokens: [Token], keys: [String], utf16: [UInt16]) {
        let (units, hasSurrogates) = UTF16Transcoder.units(of: text)
        let words = try words(of: units, contentStart: 0, hasSurrogates: hasSurrogates)
        return (words.tokens, words.keys, units)
    }

    /// The tokens of `units` from `contentStart` on, with their keys and key hashes.
    private func words(of units: [UInt16], contentStart: Int, hasSurrogates: Bool) throws
        -> (tokens: [Token], keys: [String], keyHashes: [UInt64], scalarCount: Int)
    {
        // The folding buffers move into the builder for the call (no exclusivity check on
        // the stored property per token) and come back for the next text.
        var folding = Folding()
        swap(&folding, &self.folding)
        defer { swap(&folding, &self.folding) }
        return try units.withUnsafeBufferPointer { buffer in
            var builder = TokenBuilder(units: buffer, contentStart: contentStart, hasSurrogates: hasSurrogates, folding: &folding)
            defer { builder.returnFolding(to: &folding) }
            try breaker.forEachWordSegment(units) { start, end, wordClass in
                builder.add(start: start, end: end, wordClass: wordClass)
            }
            return (builder.tokens, builder.keys, builder.keyHashes, builder.scalarCount)
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
        let words = try words(of: units, contentStart: marker?.span.end ?? 0, hasSurrogates: hasSurrogates)
        let sentences = try sentences(tokens: words.tokens, keys: words.keys, units: units)
        return SegmentedText(
            text: text, utf16: units, tokens: words.tokens, keys: words.keys, keyHashes: words.keyHashes,
            sentences: sentences, dateMarker: marker, scalarCount: words.scalarCount)
    }

    /// Groups tokens into ICU sentences, then re-joins sentences that ICU split after an
    /// abbreviation or an initial.
    private func sentences(tokens: [Token], keys: [String], units: [UInt16]) throws -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        let boundaries = try breaker.sentenceBoundaries(units)
        var starts: [Int] = []  // token index where each sentence starts
        var boundaryIndex = 0
        for (index, token) in tokens.enumerated() {
            var startsSentence = index == 0
            while boundaryIndex < boundaries.count, boundaries[boundaryIndex] <= Int(token.utf16Start) {
                if boundaries[boundaryIndex] > 0 { startsSentence = true }
                boundaryIndex += 1
            }
            if startsSentence, index > 0, continuesSentence(tokens: tokens, keys: keys, at: index) { startsSentence = false }
            if startsSentence { starts.append(index) }
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

    /// Whether the break ICU put before token `index` falls after an abbreviation or initial.
    private func continuesSentence(tokens: [Token], keys: [String], at index: Int) -> Bool {
        let next = tokens[index]
        if next.shape.contains(.lineBreakBefore) { return false }
        guard index >= 2 else { return false }
        let period = tokens[index - 1], word = tokens[index - 2]
        guard keys[index - 1] == ".", !period.hasSpaceBefore, word.kind == .word else { return false }
        let isInitial = word.span.length == 1 && word.isCapitalized
        return isInitial || options.abbreviations.contains(keys[index - 2])
    }
}
