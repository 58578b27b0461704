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

    /// Decodes well-formed UTF-8 (a Swift string's storage always is).
    private static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: [UInt16], hasSurrogates: Bool) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return ([], false) }
        let count = bytes.count
        // One unit per byte that starts a scalar, and a second for each four-byte scalar.
        var unitCount = 0
        var fourByteScalars = 0
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0 {
                unitCount += 8
            } else {
                for offset in 0..<8 {
                    let byte = base[index + offset]
                    if byte & 0xC0 != 0x80 { unitCount += 1 }
                    if byte >= 0xF0 { fourByteScalars += 1 }
                }
            }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte & 0xC0 != 0x80 { unitCount += 1 }
            if byte >= 0xF0 { fourByteScalars += 1 }
            index += 1
        }
        unitCount += fourByteScalars
        let units = [UInt16](unsafeUninitializedCapacity: unitCount) { output, initialized in
            guard let target = output.baseAddress else { initialized = 0; return }
            var read = 0, written = 0
            while read < count {
                if read + 8 <= count, UnsafeRawPointer(base + read).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    for offset in 0..<8 { target[written + offset] = UInt16(base[read + offset]) }
                    read += 8
                    written += 8
                    continue
                }
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
                }
            }
            assert(written == unitCount, "UTF-16 length miscounted")
            initialized = written
        }
        return (units, fourByteScalars > 0)
    }
}
