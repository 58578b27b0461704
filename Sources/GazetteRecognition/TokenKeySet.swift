import GazetteText

/// A fixed word list asked about tokens: a `KeyHashFilter` in front of a `HashedKeySet`,
/// so the usual answer, no, costs one bit test on the token's key hash, and the key is
/// read (and retained for the call into the set) only when the bit is set.
struct TokenKeySet: Sendable {
    private let filter: KeyHashFilter
    private let set: HashedKeySet

    init(_ keys: [String]) {
        filter = KeyHashFilter(keys)
        set = HashedKeySet(keys)
    }

    /// Whether token `index`'s key is in the list.
    @inline(__always)
    func contains(token index: Int, in context: RecognitionContext) -> Bool {
        let hash = context.keyHash(index)
        return filter.mayContain(hash: hash) && set.contains(context.key(index), hash: hash)
    }

    /// Whether `key` is in the list (hashing it).
    func contains(_ key: String) -> Bool { set.contains(key) }
}
