import GazetteText

/// Classifies a token key as a `CueWord`, or nil: an open-addressing table over the key's
/// ASCII bytes, so a sentence's tokens are classified without hashing a `String` each.
///
/// The result is the cue whose spelling `==` the key. For ASCII keys that is byte
/// equality; a non-ASCII key may equal an ASCII spelling under canonical equivalence
/// ("\u{037E}", the Greek question mark, equals ";"), so those go through a `String`
/// dictionary, which hashes and compares the way `==` does.
struct CueWordTable: Sendable {
    static let shared = CueWordTable()

    /// Up to 15 ASCII bytes, little-endian, with the byte count in the top byte.
    private struct PackedKey: Equatable {
        var low: UInt64
        var high: UInt64

        @inline(__always)
        var slot: Int { Int(truncatingIfNeeded: ((low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> (64 - CueWordTable.slotBits)) }
    }

    private struct Slot {
        var key: PackedKey
        /// `CueWord.rawValue`, or `empty` for a free slot.
        var word: UInt8
    }

    private static let slotBits: UInt64 = 8
    private static let slotMask = (1 << Int(slotBits)) - 1
    private static let maximumPackedLength = 15
    /// Classification outcomes besides a `CueWord.rawValue`.
    private static let notACue: UInt8 = 0xFE
    private static let needsStringComparison: UInt8 = 0xFF
    private static let freeSlot: UInt8 = 0xFF
    private let slots: [Slot]
    private let bySpelling: [String: CueWord]

    /// The cue words by `KeyHash` of their spellings, for `cue(of:hash:)`.
    private struct HashSlot {
        var hash: UInt64
        /// nil for a free slot.
        var word: CueWord?
    }

    private static let hashSlotBits: UInt64 = 10
    private static let hashSlotMask = (1 << Int(hashSlotBits)) - 1
    private let hashSlots: [HashSlot]
    /// `CueWord.spelling` by raw value.
    private let spellings: [String]

    init() {
        assert(CueWord.allCases.count < Int(Self.notACue), "cue words fit below the outcome codes")
        var slots = [Slot](repeating: Slot(key: PackedKey(low: 0, high: 0), word: Self.freeSlot), count: Self.slotMask + 1)
        var bySpelling: [String: CueWord] = [:]
        for word in CueWord.allCases {
            bySpelling[word.spelling] = word
            let bytes = Array(word.spelling.utf8)
            guard bytes.count <= Self.maximumPackedLength, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            let key = bytes.withUnsafeBufferPointer(Self.pack)
            var slot = key.slot
            while slots[slot].word != Self.freeSlot { slot = (slot + 1) & Self.slotMask }
            slots[slot] = Slot(key: key, word: word.rawValue)
        }
        self.slots = slots
        self.bySpelling = bySpelling
        var hashSlots = [HashSlot](repeating: HashSlot(hash: 0, word: nil), count: Self.hashSlotMask + 1)
        for word in CueWord.allCases {
            let hash = KeyHash.hash(word.spelling)
            var slot = Self.hashSlot(of: hash)
            while hashSlots[slot].word != nil { slot = (slot + 1) & Self.hashSlotMask }
            hashSlots[slot] = HashSlot(hash: hash, word: word)
        }
        self.hashSlots = hashSlots
        spellings = CueWord.allCases.map(\.spelling)
        assert(CueWord.allCases.enumerated().allSatisfy { $0.offset == Int($0.element.rawValue) }, "raw values index `spellings`")
    }

    @inline(__always)
    private static func hashSlot(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> (64 - hashSlotBits)) }

    /// `cue(of: key)` for a key whose `KeyHash` is `hash` (`SegmentedText.keyHashes`): the
    /// key's bytes are only read when a cue word's spelling has the same hash. A key whose
    /// hash no spelling has differs from every spelling byte for byte; if it is ASCII it
    /// then equals none, as `==` compares ASCII strings byte by byte.
    @inline(__always)
    func cue(of key: String, hash: UInt64) -> CueWord? {
        assert(hash == KeyHash.hash(key), "the hash is the key's KeyHash")
        var slot = Self.hashSlot(of: hash)
        while true {
            let found = hashSlots[slot]
            guard let word = found.word else { break }
            if found.hash == hash {
                if key == spellings[Int(word.rawValue)] { return word }
                // A collision: only the whole comparison tells.
                return cue(of: key)
            }
            slot = (slot + 1) & Self.hashSlotMask
        }
        return Self.isASCII(key) ? nil : cue(of: key)
    }

    /// Whether every byte of `key` is ASCII: read through its contiguous UTF-8 (keys are
    /// short), else by its UTF-16 length (one unit per byte only for ASCII).
    @inline(__always)
    private static func isASCII(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { bytes in
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            return union < 0x80
        } ?? (key.utf8.count == key.utf16.count)
    }

    /// The cue word `key` spells, or nil.
    @inline(__always)
    func cue(of key: String) -> CueWord? {
        let outcome = key.utf8.withContiguousStorageIfAvailable { bytes -> UInt8 in
            guard bytes.count <= Self.maximumPackedLength else {
                // Longer than any cue word: none, unless non-ASCII bytes call for `==`.
                return bytes.allSatisfy({ $0 < 0x80 }) ? Self.notACue : Self.needsStringComparison
            }
            let key = Self.pack(bytes)
            guard key.high & 0x0080_8080_8080_8080 == 0, key.low & 0x8080_8080_8080_8080 == 0 else { return Self.needsStringComparison }
            var slot = key.slot
            while true {
                let found = slots[slot]
                if found.word == Self.freeSlot { return Self.notACue }
                if found.key == key { return found.word }
                slot = (slot + 1) & Self.slotMask
            }
        } ?? Self.needsStringComparison
        switch outcome {
        case Self.notACue: return nil
        case Self.needsStringComparison: return bySpelling[key]
        default: return CueWord(rawValue: outcome)
        }
    }

    /// At most 15 bytes, packed: eight in `low`, the rest and the count in `high`.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedKey {
        let count = bytes.count
        var low: UInt64 = 0
        var high = UInt64(count) << 56
        var index = 0
        while index < min(count, 8) {
            low |= UInt64(bytes[index]) &<< UInt64(index &* 8)
            index &+= 1
        }
        while index < count {
            high |= UInt64(bytes[index]) &<< UInt64((index &- 8) &* 8)
            index &+= 1
        }
        return PackedKey(low: low, high: high)
    }
}
