/// When a key's bytes stand for the key: Swift compares strings by canonical equivalence,
/// while `KeyHash` (and any byte comparison) sees bytes. For a key that is ASCII without
/// `K`, `;` or `` ` `` the two agree: the only characters that decompose to ASCII are the
/// Kelvin sign (K), the Greek question mark (;) and the Greek varia (`), so a string equal
/// to such a key is the same bytes and has the same hash.
public enum HashSafeKey {
    /// Whether strings equal to `key` are exactly its bytes (see the type's note).
    public static func check(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            while index + 8 <= raw.count {
                if !isSafe(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
                index += 8
            }
            while index < raw.count {
                if !isSafe(raw[index]) { return false }
                index += 1
            }
            return true
        }
    }

    @inline(__always)
    static func isSafe(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: "K") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "`")
    }

    /// Eight bytes at once: no byte with the high bit set, and none of the three characters.
    @inline(__always)
    private static func isSafe(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return word & high == 0 && !contains(word, UInt8(ascii: "K")) && !contains(word, UInt8(ascii: ";"))
            && !contains(word, UInt8(ascii: "`"))
    }

    /// Whether some byte of `word` (all below 0x80) is `byte`.
    @inline(__always)
    private static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let difference = word ^ (ones &* UInt64(byte))
        // A zero byte of `difference` is a match; bytes are below 0x80, so no false alarms.
        return (difference &- ones) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}
