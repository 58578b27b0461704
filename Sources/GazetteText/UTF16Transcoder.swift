/// Converts a `String` to the UTF-16 buffer ICU reads, straight from the string's UTF-8
/// storage.
///
/// `Array(text.utf16)` walks the string through its UTF-16 view, which for non-ASCII text
/// maps every index with breadcrumbs and costs tens of instructions per character; this
/// decodes the (already valid) UTF-8 in one pass, with an eight-bytes-at-a-time ASCII path.
enum UTF16Transcoder {
    /// The UTF-16 units of `text` (the same as `Array(text.utf16)`), and whether any of them
    /// is a surrogate: when none is, code-point offsets equal UTF-16 offsets.
    static func units(of text: String) -> (units: [UInt16], hasSurrogates: Bool) {
        if let result = text.utf8.withContiguousStorageIfAvailable({ transcode($0) }) { return result }
        let units = Array(text.utf16)
        return (units, units.contains { UTF16.isLeadSurrogate($0) || UTF16.isTrailSurrogate($0) })
    }

    /// Decodes well-formed UTF-8 (a Swift string's storage always is) in one pass into an
    /// array sized for the worst case: never more UTF-16 units than UTF-8 bytes.
    private static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: [UInt16], hasSurrogates: Bool) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return ([], false) }
        let count = bytes.count
        var hasSurrogates = false
        let units = [UInt16](unsafeUninitializedCapacity: count) { output, initialized in
            guard let target = output.baseAddress else { initialized = 0; return }
            var read = 0, written = 0
            while read < count {
                // ASCII sixteen bytes at a time, widened in vector registers; a block with a
                // non-ASCII byte is widened too, but only its ASCII prefix counts as written.
                while read &+ 16 <= count {
                    let raw = UnsafeRawPointer(base + read)
                    let block = raw.loadUnaligned(as: SIMD16<UInt8>.self)
                    UnsafeMutableRawPointer(target + written).storeBytes(of: SIMD16<UInt16>(truncatingIfNeeded: block), as: SIMD16<UInt16>.self)
                    let low = raw.loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & 0x8080_8080_8080_8080
                    if low | high == 0 {
                        read &+= 16
                        written &+= 16
                        continue
                    }
                    let ascii = low != 0 ? low.trailingZeroBitCount >> 3 : 8 &+ high.trailingZeroBitCount >> 3
                    read &+= ascii
                    written &+= ascii
                    break
                }
                guard read < count else { break }
                let lead = UInt32(base[read])
                if lead < 0x80 {
                    target[written] = UInt16(lead)
                    read += 1
                    written += 1
                } else if lead < 0xE0 {
                    target[written] = UInt16((lead & 0x1F) << 6 | UInt32(base[read + 1] & 0x3F))
                    read += 2
                    written += 1
                } else if lead < 0xF0 {
                    target[written] = UInt16(
                        (lead & 0x0F) << 12 | UInt32(base[read + 1] & 0x3F) << 6 | UInt32(base[read + 2] & 0x3F))
                    read += 3
                    written += 1
                } else {
                    let scalar = (lead & 0x07) << 18 | UInt32(base[read + 1] & 0x3F) << 12
                        | UInt32(base[read + 2] & 0x3F) << 6 | UInt32(base[read + 3] & 0x3F)
                    let offset = scalar - 0x10000
                    target[written] = UInt16(0xD800 | offset >> 10)
                    target[written + 1] = UInt16(0xDC00 | offset & 0x3FF)
                    read += 4
                    written += 2
                    hasSurrogates = true
                }
            }
            assert(written <= count, "more UTF-16 units than UTF-8 bytes")
            initialized = written
        }
        return (units, hasSurrogates)
    }
}
