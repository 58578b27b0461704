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
    /// Inlinable: rules ask it about half the tokens, and a call of its own costs a fifth of a short walk.
    @inlinable
    public func longestMatch(_ kind: LexiconKind, in wordIDs: [Int32], tokens: [Token], from start: Int, limit: Int) -> (length: Int, match: PhraseMatch)? {
        tables[kind.ordinal].longestMatch(in: wordIDs, tokens: tokens, from: start, limit: limit)
    }
}

extension LexiconKind {
    /// The kind's bit in `Lexicons.phraseStartKinds(of:)` masks.
    @inlinable
    public var phraseBit: UInt16 { 1 << UInt16(ordinal) }
}

/// Phrase-start bits by word id: the relation stage asks, token by token, whether a title,
/// trigger or descriptor phrase may start there, and indexing this array in its own loop
/// costs less than a cross-module call per token.
extension Lexicons {
    /// For each vocabulary id, the kinds whose tables have a phrase starting with that
    /// word, a bit per kind (`1 << kind.ordinal`). Ids outside it (unknown words) start none.
    public var phraseStartKindsByWord: [UInt16] { firstWordKinds }
}
