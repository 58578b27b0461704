/// A fixed set of folded keys asked with the key's `KeyHash` (the segmenter's
/// `SegmentedText.keyHashes`): a probe in a small table of hashes turns non-members away
/// without hashing the string again, and a hash hit is confirmed by comparing the keys.
///
/// The hashes cover the keys' bytes, while `String` equality is canonical equivalence; the
/// two agree when every member is a `HashSafeKey`. Sets with other members always ask the
/// plain set.
public struct HashedKeySet: Sendable {
    private let members: Set<String>
    /// `hash | 1` of each member (0: empty slot), open addressing, linear probing; the
    /// member itself in `keys` at the same slot.
    private let slots: [UInt64]
    private let keys: [String]
    private let mask: Int
    private let byHash: Bool

    public init(_ members: Set<String>) {
        self.members = members
        byHash = members.allSatisfy(HashSafeKey.check)
        var size = 16
        while size < members.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var keys = [String](repeating: "", count: size)
        for member in members {
            let stored = KeyHash.hash(member) | 1
            var slot = Self.slot(stored, size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = stored
            keys[slot] = member
        }
        self.slots = slots
        self.keys = keys
        mask = size - 1
    }

    public init(_ members: [String]) { self.init(Set(members)) }

    public var count: Int { members.count }

    @inline(__always)
    private static func slot(_ stored: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: stored >> 7) & mask }

    /// Whether `key`, whose `KeyHash` is `hash`, is a member.
    @inline(__always)
    public func contains(_ key: String, hash: UInt64) -> Bool {
        assert(hash == KeyHash.hash(key), "hash is not the key's KeyHash")
        guard byHash else { return members.contains(key) }
        let stored = hash | 1
        var slot = Self.slot(stored, mask)
        while true {
            let found = slots[slot]
            if found == 0 { return false }
            if found == stored, keys[slot] == key { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `key` is a member (hashing it first).
    public func contains(_ key: String) -> Bool { contains(key, hash: KeyHash.hash(key)) }
}
