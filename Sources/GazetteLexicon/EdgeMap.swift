/// An open-addressing hash map from 64-bit keys to 32-bit values, for the phrase trie's
/// edges: flat arrays, linear probing, a multiplicative hash. Swift's `Dictionary` hashes
/// every key with a seeded SipHash, which dominated phrase lookups; trie edges need no
/// protection against crafted keys, since the lexicon author chooses them.
struct EdgeMap: Sendable {
    /// Slots hold `key + 1`, so 0 marks an empty slot (no edge key is `UInt64.max`: node
    /// numbers stay below 2^31).
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        let size = openAddressingSize(toHold: capacity, minimum: 8)
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// A map from the arrays another map had (the compiled-lexicon cache stores them);
    /// nil when they cannot be one.
    init?(keys: [UInt64], values: [Int32]) {
        guard keys.count == values.count, keys.count >= 8, keys.count & (keys.count - 1) == 0 else { return nil }
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        count = keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        guard count * 2 <= keys.count else { return nil }
    }

    /// The first slot probed for `key` in a table of `mask + 1` slots (shared with
    /// `TrieStepMap`, which keeps this map's slot layout).
    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        // Fibonacci hashing: the high bits of the product mix every key bit.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let stored = key &+ 1
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == stored { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Sets `key` to `value` (replacing any earlier value).
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let stored = key &+ 1
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == stored { values[slot] = value; return }
            if found == 0 {
                keys[slot] = stored
                values[slot] = value
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        if capacity * 2 > keys.count { rehash(toHold: capacity) }
    }

    private mutating func grow() { rehash(toHold: max(8, count * 2)) }

    private mutating func rehash(toHold capacity: Int) {
        let oldKeys = keys, oldValues = values
        self = EdgeMap(capacity: capacity)
        for (stored, value) in zip(oldKeys, oldValues) where stored != 0 { set(stored &- 1, value) }
    }
}

/// Slots for an open-addressing table holding `capacity` keys at most half full: a power
/// of two, so a hash is reduced to a slot with a mask.
func openAddressingSize(toHold capacity: Int, minimum: Int) -> Int {
    var size = minimum
    while size < capacity * 2 { size <<= 1 }
    return size
}
