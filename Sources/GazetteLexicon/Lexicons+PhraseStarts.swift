/// Phrase-start bits by word id: the relation stage asks, token by token, whether a title,
/// trigger or descriptor phrase may start there, and indexing this array in its own loop
/// costs less than a cross-module call per token.
extension Lexicons {
    /// For each vocabulary id, the kinds whose tables have a phrase starting with that
    /// word, a bit per kind (`1 << kind.ordinal`). Ids outside it (unknown words) start none.
    public var phraseStartKindsByWord: [UInt16] { firstWordKinds }
}
