/// What the segmenter derives from a token's text alone: its folded key, the key's
/// `KeyHash`, its shape (without the spacing bits) and its vocabulary word id. Cached per
/// distinct token text, so a word that comes again (most words of a news text do) skips
/// folding, `String` creation, hashing and the vocabulary lookup.
///
/// Keyed by the token's UTF-16 units: everything stored is a function of them and of the
/// segmenter's vocabulary, which never changes. The cache lives as long as its segmenter and
/// serves all of its texts; it holds at most `capacity` entries of at most `maximumUnits`
/// units each and stops inserting when full, so its memory stays bounded (about 9 MB at the
/// default sizes, touched only as it fills). Not thread-safe, like its `Segmenter`.
final class TokenKeyCache {
    /// The cached facts and, for the lookup, the text's hash, length and first eight units,
    /// in one 64-byte line: a hit touches its slot and that line only (longer texts are also
    /// compared in the arena). Slots hold a tag of the hash, so probing past other texts
    /// does not touch their entries.
    struct Entry {
        var key: String
        var keyHash: UInt64
        var unitsHash: UInt64
        /// The first eight units of the text (zero-padded).
        var inlineUnits: (UInt64, UInt64)
        /// Texts longer than eight units are `arena[unitsStart ..< unitsStart + unitsCount]`.
        var unitsStart: Int32
        var wordID: Int32
        var unitsCount: UInt8
        var shape: TokenShape
        /// The text is all ASCII letters (see `SentenceTextCondenser`).
        var isASCIILetters: Bool
    }

    static let defaultCapacity = 1 << 16
    /// Longer tokens (URLs, hashes) rarely repeat: they are folded every time.
    static let maximumUnits = 32
    static let inlineUnitCount = 8
    /// The cache line size the entries are aligned to.
    static let lineSize = 64

    let capacity: Int
    private(set) var count = 0
    /// Per slot: the high 32 bits of the text's hash and the entry index plus one in the low
    /// 32 (0: empty). Open addressing, linear probing, at most half full; grows with the
    /// entries, up to twice `capacity` slots.
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// Entries in insertion order.
    private let entries: UnsafeMutablePointer<Entry>
    private let arena: UnsafeMutablePointer<UInt16>
    private var arenaCount = 0

    init(capacity: Int = TokenKeyCache.defaultCapacity) {
        precondition(capacity > 0 && capacity < Int(UInt32.max) / 2, "cache capacity out of range")
        self.capacity = capacity
        let slotCount = min(1 << 12, Self.slotCount(toHold: capacity))
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        mask = slotCount - 1
        // Aligned to the cache line, so that each 64-byte entry is one line, not parts of two.
        entries = UnsafeMutableRawPointer.allocate(byteCount: capacity * MemoryLayout<Entry>.stride, alignment: Self.lineSize)
            .bindMemory(to: Entry.self, capacity: capacity)
        assert(Int(bitPattern: entries) % Self.lineSize == 0 && MemoryLayout<Entry>.stride == Self.lineSize, "entries straddle lines")
        arena = .allocate(capacity: capacity * Self.maximumUnits)
    }

    deinit {
        entries.deinitialize(count: count)
        UnsafeMutableRawPointer(entries).deallocate()
        slots.deallocate()
        arena.deallocate()
    }

    var isFull: Bool { count == capacity }

    /// The entry for the token text `units[0..<length]` whose `unitsHash` is `hash`, or nil.
    @inline(__always)
    func entry(_ units: UnsafePointer<UInt16>, length: Int, hash: UInt64) -> UnsafePointer<Entry>? {
        let tag = hash & Self.tagMask
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if stored & Self.tagMask == tag {
                let entry = entries + Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if entry.pointee.unitsHash == hash, Int(entry.pointee.unitsCount) == length,
                   Self.textMatches(entry, units, length, arena: arena)
                {
                    return UnsafePointer(entry)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func textMatches(
        _ entry: UnsafeMutablePointer<Entry>, _ units: UnsafePointer<UInt16>, _ length: Int, arena: UnsafeMutablePointer<UInt16>
    ) -> Bool {
        if length > inlineUnitCount { return equal(arena + Int(entry.pointee.unitsStart), units, length) }
        return withUnsafeBytes(of: entry.pointee.inlineUnits) { inline in
            guard let base = inline.baseAddress else { return false }
            return equal(base.assumingMemoryBound(to: UInt16.self), units, length)
        }
    }

    /// The entry for the token text of at most `inlineUnitCount` units whose `inlineUnits`
    /// are `inline` and whose `unitsHash` is `hash` (see `hash(inline:length:)`), or nil.
    @inline(__always)
    func entry(inline: (UInt64, UInt64), length: Int, hash: UInt64) -> UnsafePointer<Entry>? {
        assert(length <= Self.inlineUnitCount, "text too long for its inline units")
        let tag = hash & Self.tagMask
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if stored & Self.tagMask == tag {
                let entry = entries + (Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) &- 1)
                // Length and zero-padded units identify a short text.
                if entry.pointee.inlineUnits.0 == inline.0, entry.pointee.inlineUnits.1 == inline.1,
                   Int(entry.pointee.unitsCount) == length
                {
                    return UnsafePointer(entry)
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// The first `min(length, inlineUnitCount)` units of `units[0..<length]` as two
    /// little-endian words, zero-padded: the `inlineUnits` of an entry.
    @inline(never)  // rare on the hot path (texts near the end of a buffer); keeps the caller's frame small
    static func inlineUnits(_ units: UnsafePointer<UInt16>, length: Int) -> (UInt64, UInt64) {
        var inline: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &inline) { bytes in
            bytes.copyMemory(from: UnsafeRawBufferPointer(start: units, count: 2 * min(length, inlineUnitCount)))
        }
        return inline
    }

    /// `inlineUnits(units, length:)` for `length` of 1 to `inlineUnitCount`, read as two
    /// 8-byte loads: `units[0..<inlineUnitCount]` must all be readable (the units past
    /// `length` are masked off, without a branch on the length, which varies unpredictably).
    @inline(__always)
    static func inlineUnits(loadingPast units: UnsafePointer<UInt16>, length: Int) -> (UInt64, UInt64) {
        assert(length >= 1 && length <= inlineUnitCount, "length out of range")
        let raw = UnsafeRawPointer(units)
        let bits = UInt64(truncatingIfNeeded: length) &* 16  // 16...128
        let lowBits = min(bits, 64), highBits = max(bits, 64) &- 64  // 16...64, 0...64
        let lowMask = UInt64.max &>> (64 &- lowBits)
        let highMask = highBits == 0 ? 0 : UInt64.max &>> (64 &- highBits)
        return (raw.loadUnaligned(as: UInt64.self) & lowMask, raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & highMask)
    }

    /// The `hash(_:length:)` of a text of at most `inlineUnitCount` units from its inline units.
    @inline(__always)
    static func hash(inline: (UInt64, UInt64), length: Int) -> UInt64 {
        KeyHash.mix(KeyHash.mix(KeyHash.seed ^ UInt64(truncatingIfNeeded: length), inline.0), inline.1)
    }

    /// Adds the entry for a text not in the cache yet (see `entry`), unless the cache is full
    /// or the text longer than `maximumUnits`.
    func insert(
        _ units: UnsafePointer<UInt16>, length: Int, hash: UInt64, key: String, keyHash: UInt64, shape: TokenShape, wordID: Int32,
        isASCIILetters: Bool
    ) {
        guard count < capacity, length > 0, length <= Self.maximumUnits else { return }
        assert(entry(units, length: length, hash: hash) == nil, "text cached twice")
        let inlineUnits = Self.inlineUnits(units, length: length)
        var unitsStart: Int32 = 0
        if length > Self.inlineUnitCount {
            (arena + arenaCount).update(from: units, count: length)
            unitsStart = Int32(arenaCount)
            arenaCount += length
        }
        (entries + count).initialize(to: Entry(
            key: key, keyHash: keyHash, unitsHash: hash, inlineUnits: inlineUnits, unitsStart: unitsStart, wordID: wordID,
            unitsCount: UInt8(length), shape: shape, isASCIILetters: isASCIILetters))
        count += 1
        if count * 2 > mask + 1 { grow() } else { place(count - 1) }
    }

    /// The hash of a token text: for texts of at most `inlineUnitCount` units, of their
    /// inline units (`hash(inline:length:)`); longer ones eight bytes at a time (`KeyHash`'s mixing).
    @inline(__always)
    static func hash(_ units: UnsafePointer<UInt16>, length: Int) -> UInt64 {
        if length <= inlineUnitCount { return hash(inline: inlineUnits(units, length: length), length: length) }
        let raw = UnsafeRawPointer(units)
        var value = KeyHash.seed ^ UInt64(truncatingIfNeeded: length)
        var index = 0
        while index + 4 <= length {
            value = KeyHash.mix(value, raw.loadUnaligned(fromByteOffset: 2 * index, as: UInt64.self))
            index += 4
        }
        var tail: UInt64 = 0
        switch length - index {
        case 1: tail = UInt64(units[index])
        case 2: tail = UInt64(raw.loadUnaligned(fromByteOffset: 2 * index, as: UInt32.self))
        case 3: tail = UInt64(raw.loadUnaligned(fromByteOffset: 2 * index, as: UInt32.self)) | UInt64(units[index + 2]) << 32
        default: break
        }
        return KeyHash.mix(value, tail)
    }

    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt16>, _ b: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        var index = 0
        while index + 4 <= length {
            if rawA.loadUnaligned(fromByteOffset: 2 * index, as: UInt64.self)
                != rawB.loadUnaligned(fromByteOffset: 2 * index, as: UInt64.self) { return false }
            index += 4
        }
        switch length - index {
        case 1: return a[index] == b[index]
        case 2: return rawA.loadUnaligned(fromByteOffset: 2 * index, as: UInt32.self) == rawB.loadUnaligned(fromByteOffset: 2 * index, as: UInt32.self)
        case 3:
            return rawA.loadUnaligned(fromByteOffset: 2 * index, as: UInt32.self) == rawB.loadUnaligned(fromByteOffset: 2 * index, as: UInt32.self)
                && a[index + 2] == b[index + 2]
        default: return true
        }
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// Files entry `index` in its first free slot.
    private func place(_ index: Int) {
        let hash = entries[index].unitsHash
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & Self.tagMask | UInt64(index + 1)
    }

    /// Doubles the slot table and files every entry again.
    private func grow() {
        let slotCount = 2 * (mask + 1)
        slots.deallocate()
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        mask = slotCount - 1
        for index in 0..<count { place(index) }
    }

    /// A power of two at least twice `capacity`.
    private static func slotCount(toHold capacity: Int) -> Int {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        return size
    }
}
