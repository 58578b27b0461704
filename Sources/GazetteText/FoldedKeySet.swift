/// A fixed set of folded keys, looked up by the `KeyHash` the segmenter already computed
/// for each token (`SegmentedText.keyHashes`): no hashing per lookup, unlike `Set<String>`,
/// whose seeded hash of every tested key dominated per-token word-list tests.
///
/// Open addressing, linear probing, at most half full; a hash match is confirmed by
/// comparing the keys.
public struct FoldedKeySet: Sendable {
    private let keys: [String]
    /// Per slot: index into `keys` plus one, or 0 for an empty slot.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let mask: Int

    public init<Keys: Sequence>(_ keys: Keys) where Keys.Element == String {
        let unique = Array(Set(keys)).sorted()
        var size = 16
        while size < 2 * unique.count { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        for (index, key) in unique.enumerated() {
            let hash = KeyHash.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
            hashes[slot] = hash
        }
        self.keys = unique
        self.slots = slots
        self.hashes = hashes
        self.mask = size - 1
    }

    public var count: Int { keys.count }

    /// Whether `key`, whose `KeyHash` is `hash`, is in the set.
    @inline(__always)
    public func contains(_ key: String, hash: UInt64) -> Bool {
        assert(hash == KeyHash.hash(key), "hash is not the key's KeyHash")
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if hashes[slot] == hash, keys[entry - 1] == key { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `key` is in the set (hashes it).
    public func contains(_ key: String) -> Bool { contains(key, hash: KeyHash.hash(key)) }
}
