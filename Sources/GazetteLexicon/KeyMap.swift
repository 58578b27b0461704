import GazetteText

/// An open-addressing hash map from folded word keys to vocabulary ids: `ContentHash` over
/// the key's UTF-8 bytes (eight at a time), linear probing, flat arrays. Every token of
/// every document is looked up here, and Swift's `Dictionary` spends most of such a lookup
/// in its seeded SipHash; vocabulary keys come from the lexicon author, so they need no
/// such protection.
struct KeyMap: Sendable {
    private(set) var keys: [String] = []
    private(set) var values: [Int32] = []
    /// Per slot: index into `keys` plus one, or 0 for an empty slot.
    private(set) var slots: [Int32]
    /// Per slot: the key's hash, compared before the strings themselves.
    private(set) var hashes: [UInt32]
    private var mask: Int

    init(capacity: Int = 8) {
        let size = openAddressingSize(toHold: capacity, minimum: 16)
        slots = [Int32](repeating: 0, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// A map from the arrays another map had (the compiled-lexicon cache stores them), so
    /// a million keys are not hashed again; nil when the arrays cannot be one map's.
    init?(keys: [String], values: [Int32], slots: [Int32], hashes: [UInt32]) {
        guard keys.count == values.count, slots.count == hashes.count, slots.count >= 16, slots.count & (slots.count - 1) == 0,
              keys.count * 2 <= slots.count, slots.allSatisfy({ $0 >= 0 && Int($0) <= keys.count })
        else { return nil }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.hashes = hashes
        mask = slots.count - 1
    }

    var count: Int { keys.count }

    /// `KeyHash` (the segmenter computes the same for every token, `SegmentedText.keyHashes`).
    @inline(__always)
    static func hash(_ key: String) -> UInt64 { KeyHash.hash(key) }

    @inline(__always)
    func value(for key: String) -> Int32? { value(for: key, hash: Self.hash(key)) }

    /// The value of `key`, whose `KeyHash` the caller already has.
    @inline(__always)
    func value(for key: String, hash: UInt64) -> Int32? {
        assert(hash == Self.hash(key), "hash is not the key's KeyHash")
        let short = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if hashes[slot] == short, keys[Int(entry) - 1] == key { return values[Int(entry) - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Sets `key` to `value` (replacing any earlier value).
    mutating func set(_ key: String, _ value: Int32) {
        if (keys.count + 1) * 2 > slots.count { rehash(toHold: max(16, keys.count * 2)) }
        let hash = Self.hash(key)
        let short = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 {
                keys.append(key)
                values.append(value)
                slots[slot] = Int32(keys.count)
                hashes[slot] = short
                return
            }
            if hashes[slot] == short, keys[Int(entry) - 1] == key {
                values[Int(entry) - 1] = value
                return
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        if capacity * 2 > slots.count { rehash(toHold: capacity) }
    }

    private mutating func rehash(toHold capacity: Int) {
        let size = openAddressingSize(toHold: capacity, minimum: 16)
        slots = [Int32](repeating: 0, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (index, key) in keys.enumerated() {
            let hash = Self.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
            hashes[slot] = UInt32(truncatingIfNeeded: hash >> 32)
        }
    }
}
