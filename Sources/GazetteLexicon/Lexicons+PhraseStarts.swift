import GazetteText

extension Lexicons {
    /// For each word id, the kinds whose table has a phrase starting with that word, as
    /// bits `1 << ordinal` (`LexiconKind.phraseBit`); 0 for unknown words. Computed once per
    /// text so rules skip most tokens with one bit test.
    public func phraseStartKinds(of wordIDs: [Int32]) -> [UInt16] {
        let kinds = firstWordKinds
        return wordIDs.map { id in id >= 0 && Int(id) < kinds.count ? kinds[Int(id)] : 0 }
    }

    /// `table(kind).longestMatch(in:tokens:from:limit:)`, without handing the table out.
    public func longestMatch(_ kind: LexiconKind, in wordIDs: [Int32], tokens: [Token], from start: Int, limit: Int) -> (length: Int, match: PhraseMatch)? {
        tables[kind.ordinal].longestMatch(in: wordIDs, tokens: tokens, from: start, limit: limit)
    }
}

extension LexiconKind {
    /// The kind's bit in `Lexicons.phraseStartKinds(of:)` masks.
    @inlinable
    public var phraseBit: UInt16 { 1 << UInt16(ordinal) }
}
