/// The 64-bit hash of a folded key's UTF-8 bytes under which lexicon vocabularies file
/// their keys (eight bytes at a time, multiply and fold). `GazetteLexicon`'s `ContentHash`
/// runs the same function over several pieces, so a key hashed either way agrees.
///
/// The segmenter computes it once per token from the folded bytes it already holds
/// (`SegmentedText.keyHashes`), so looking tokens up needs no second pass over their keys.
/// No defence against deliberate collisions: lookups always compare the keys themselves.
public enum KeyHash {
    public static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The hash of `bytes`.
    @inline(__always)
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { hash(bytes, continuing: seed) }

    /// The hash of `bytes` mixed into `value` (a running hash over several pieces, as
    /// `GazetteLexicon`'s `ContentHash` keeps; from `seed` it is `hash(bytes)`).
    @inline(__always)
    public static func hash(_ bytes: UnsafeRawBufferPointer, continuing value: UInt64) -> UInt64 {
        var value = value
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            value = mix(value, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        return mix(value, tail ^ UInt64(count) << 56)
    }

    /// The hash of `key`'s UTF-8 bytes.
    public static func hash(_ key: String) -> UInt64 {
        var copy = key
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    static func mix(_ value: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (value ^ word) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ mixed >> 31
    }
}
