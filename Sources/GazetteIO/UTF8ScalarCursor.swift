/// Finds the UTF-8 byte offset of code-point offsets in a text's UTF-8, walking forward
/// from the last offset asked: a record's mentions come in text order, so writing all
/// their texts straight from the UTF-8 walks the text once, eight bytes at a time.
///
/// The cursor counts scalar starts (bytes that are not `10xxxxxx` continuation bytes), so
/// it may stop inside a scalar between calls and still count right. An offset before the
/// last one asked restarts the walk from the beginning; one past the end gives the count.
public struct UTF8ScalarCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Scalar starts before `byteOffset`.
    private var scalarOffset = 0
    private var byteOffset = 0

    /// - Parameter bytes: valid UTF-8, which must outlive the cursor.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte offset of the scalar at code-point offset `target` (the byte count for
    /// `target` at or past the end).
    public mutating func byteOffset(ofScalar target: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        if target < scalarOffset {
            scalarOffset = 0
            byteOffset = 0
        }
        let count = bytes.count
        // Whole words while the target lies beyond the word's scalar starts.
        while byteOffset + 8 <= count {
            let word = UnsafeRawPointer(base + byteOffset).loadUnaligned(as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
            let starts = 8 - continuations.nonzeroBitCount
            if scalarOffset + starts <= target {
                scalarOffset += starts
                byteOffset += 8
                continue
            }
            // The target starts in this word: skip the starts before it, lowest byte first.
            var startBits = ~continuations & 0x8080_8080_8080_8080
            for _ in 0..<(target - scalarOffset) { startBits &= startBits &- 1 }
            byteOffset += startBits.trailingZeroBitCount >> 3
            scalarOffset = target
            return byteOffset
        }
        while byteOffset < count {
            if base[byteOffset] & 0xC0 != 0x80 {
                if scalarOffset == target { return byteOffset }
                scalarOffset += 1
            }
            byteOffset += 1
        }
        return count
    }
}
