/// What the segmenter derives from a token's text alone: its folded key, the key's
/// `KeyHash`, its shape (without the spacing bits) and its vocabulary word id. Cached per
/// distinct token text, so a word that comes again (most words of a news text do) skips
/// folding, `String` creation, hashing and the vocabulary lookup.
///
/// Keyed by the token's UTF-16 units: everything stored is a function of them and of the
/// segmenter's vocabulary, which never changes. The cache lives as long as its segmenter and
/// serves all of its texts; it holds at most `capacity` entries of at most `maximumUnits`
/// units each and stops inserting when full, so its memory stays bounded (about 12 MB at the
/// default sizes, touched only as it fills). Not thread-safe, like its `Segmenter`.
final class TokenKeyCache {
    /// The cached facts and, for the lookup, the text's hash, length and first eight units,
    /// in one 64-byte line. The entries are the hash table's slots: a hit reads that one line
    /// (longer texts are also compared in the arena).
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
    /// The hash table: open addressing over the entries themselves, linear probing, at most
    /// half full; grows with the entries, up to twice `capacity` slots. A slot holds an entry
    /// if and only if its `unitsCount` byte is not 0 (no text is empty).
    private var table: UnsafeMutablePointer<Entry>
    private var mask: Int
    /// Where `Entry.unitsCount` lies in an entry, to test slots without reading an entry
    /// that is not there.
    private let unitsCountOffset: Int
    private let arena: UnsafeMutablePointer<UInt16>
    private var arenaCount = 0

    init(capacity: Int = TokenKeyCache.defaultCapacity) {
        precondition(capacity > 0 && capacity < Int(UInt32.max) / 2, "cache capacity out of range")
        guard let unitsCountOffset = MemoryLayout<Entry>.offset(of: \Entry.unitsCount) else { preconditionFailure("a stored property") }
        self.capacity = capacity
        self.unitsCountOffset = unitsCountOffset
        let slotCount = min(1 << 12, Self.slotCount(toHold: capacity))
        table = Self.emptyTable(slotCount: slotCount, unitsCountOffset: unitsCountOffset)
        mask = slotCount - 1
        arena = .allocate(capacity: capacity * Self.maximumUnits)
    }

    deinit {
        for slot in 0...mask where isOccupied(table + slot) { (table + slot).deinitialize(count: 1) }
        UnsafeMutableRawPointer(table).deallocate()
        arena.deallocate()
    }

    /// An empty table of `slotCount` entries (every `unitsCount` byte 0, the rest left
    /// uninitialized: only occupied slots are read beyond it), aligned to the cache line so
    /// that each 64-byte entry is one line, not parts of two.
    private static func emptyTable(slotCount: Int, unitsCountOffset: Int) -> UnsafeMutablePointer<Entry> {
        assert(MemoryLayout<Entry>.stride == lineSize, "an entry should be one cache line")
        let stride = MemoryLayout<Entry>.stride
        let raw = UnsafeMutableRawPointer.allocate(byteCount: slotCount * stride, alignment: lineSize)
        for slot in 0..<slotCount { raw.storeBytes(of: 0, toByteOffset: slot &* stride &+ unitsCountOffset, as: UInt8.self) }
        return raw.bindMemory(to: Entry.self, capacity: slotCount)
    }

    @inline(__always)
    private func isOccupied(_ slot: UnsafeMutablePointer<Entry>) -> Bool {
        UnsafeRawPointer(slot).load(fromByteOffset: unitsCountOffset, as: UInt8.self) != 0
    }

    var isFull: Bool { count == capacity }

    /// The entry for the token text `units[0..<length]` whose `unitsHash` is `hash`, or nil.
    @inline(__always)
    func entry(_ units: UnsafePointer<UInt16>, length: Int, hash: UInt64) -> UnsafePointer<Entry>? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table + slot
            guard isOccupied(entry) else { return nil }
            if entry.pointee.unitsHash == hash, Int(entry.pointee.unitsCount) == length, Self.textMatches(entry, units, length, arena: arena) {
                return UnsafePointer(entry)
            }
            slot = (slot &+ 1) & mask
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
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table + slot
            guard isOccupied(entry) else { return nil }
            // Length and zero-padded units identify a short text.
            if entry.pointee.inlineUnits.0 == inline.0, entry.pointee.inlineUnits.1 == inline.1, Int(entry.pointee.unitsCount) == length {
                return UnsafePointer(entry)
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

    /// `inlineUnits(units, length:)` for `length` of 1 to `inlineUnitCount`, read as one
    /// 16-byte load: `units[0..<inlineUnitCount]` must all be readable (the units past
    /// `length` are cleared lane by lane, without a branch on the length, which varies
    /// unpredictably).
    @inline(__always)
    static func inlineUnits(loadingPast units: UnsafePointer<UInt16>, length: Int) -> (UInt64, UInt64) {
        assert(length >= 1 && length <= inlineUnitCount, "length out of range")
        let loaded = UnsafeRawPointer(units).loadUnaligned(as: SIMD8<Int16>.self)
        // Lane index minus length is negative exactly for the lanes to keep: its sign bit,
        // spread over the lane, is the mask (plain arithmetic: Swift lowers it to vector
        // instructions, which it does not for mask comparisons).
        let lanes = SIMD8<Int16>(0, 1, 2, 3, 4, 5, 6, 7)
        let keep = (lanes &- SIMD8(repeating: Int16(truncatingIfNeeded: length))) &>> 15
        return unsafeBitCast(loaded & keep, to: (UInt64, UInt64).self)
    }

    /// The `hash(_:length:)` of a text of at most `inlineUnitCount` units from its inline
    /// units: the two words multiplied independently (no chain of dependent multiplies on
    /// the way to the slot), then the high bits, which depend on all of a word, folded onto
    /// the low ones the slot index takes.
    @inline(__always)
    static func hash(inline: (UInt64, UInt64), length: Int) -> UInt64 {
        let mixed = inline.0 &* 0xBF58_476D_1CE4_E5B9
            ^ (inline.1 ^ UInt64(truncatingIfNeeded: length) &<< 56) &* 0x94D0_49BB_1331_11EB
        return mixed ^ mixed &>> 47
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
        freeSlot(for: hash, in: table, mask: mask).initialize(to: Entry(
            key: key, keyHash: keyHash, unitsHash: hash, inlineUnits: inlineUnits, unitsStart: unitsStart, wordID: wordID,
            unitsCount: UInt8(length), shape: shape, isASCIILetters: isASCIILetters))
        count += 1
        if count * 2 > mask + 1 { grow() }
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

    /// The first free slot for a text of hash `hash` in `table`.
    private func freeSlot(for hash: UInt64, in table: UnsafeMutablePointer<Entry>, mask: Int) -> UnsafeMutablePointer<Entry> {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while isOccupied(table + slot) { slot = (slot &+ 1) & mask }
        return table + slot
    }

    /// Doubles the table and moves every entry into it.
    private func grow() {
        let oldTable = table, oldMask = mask
        let slotCount = 2 * (mask + 1)
        let newTable = Self.emptyTable(slotCount: slotCount, unitsCountOffset: unitsCountOffset)
        for slot in 0...oldMask where isOccupied(oldTable + slot) {
            freeSlot(for: oldTable[slot].unitsHash, in: newTable, mask: slotCount - 1).moveInitialize(from: oldTable + slot, count: 1)
        }
        UnsafeMutableRawPointer(oldTable).deallocate()
        table = newTable
        mask = slotCount - 1
    }

    /// A power of two at least twice `capacity`.
    private static func slotCount(toHold capacity: Int) -> Int {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        return size
    }
}
