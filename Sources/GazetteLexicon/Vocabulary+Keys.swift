/// The registered keys, for callers that derive per-id tables of their own.
extension Vocabulary {
    /// Calls `body` with every registered key and its id. A word is registered under its
    /// plain and its name key, and synonyms share an id, so an id may come with several keys.
    public func forEachKey(_ body: (_ key: String, _ id: Int32) -> Void) {
        for (key, id) in zip(ids.keys, ids.values) { body(key, id) }
    }
}
