/// Finds the next byte a JSON string cannot hold as is: a quote, a backslash or a control
/// character. Strings are mostly long runs of ordinary bytes (article texts), so the scan
/// tests eight bytes at a time; the writer and the parser both copy the runs in between
/// in bulk.
enum JSONSpecialByteScan {
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// The index of the first special byte of `buffer` at or after `start`, or `buffer.count`.
    static func firstSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        let count = buffer.count
        var index = start
        while index + 8 <= count {
            if mayHoldSpecial(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { break }
            index += 8
        }
        while index < count, !isSpecial(base[index]) { index += 1 }
        return index
    }

    /// Whether any of the eight bytes of `word` is special. Exact: a borrow in the
    /// subtractions only carries past a byte that itself matched.
    @inline(__always)
    static func mayHoldSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highBits != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}
