/// Decodes UTF-16 units to scalars without building a String; ill-formed units (lone
/// surrogates) decode as U+FFFD, as Swift's String would.
@inline(__always)
func forEachScalar(in units: UnsafeBufferPointer<UInt16>, _ body: (Unicode.Scalar) -> Void) {
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
        switch decoder.decode(&iterator) {
        case let .scalarValue(scalar): body(scalar)
        case .error: body("\u{FFFD}")
        case .emptyInput: return
        }
    }
}

extension String {
    /// The string of UTF-16 `units`, transcoded straight into the string's UTF-8 storage.
    /// Same result as `String(decoding:as: UTF16.self)` (lone surrogates become U+FFFD),
    /// without the generic decoder that made slicing token text a hot spot.
    init(utf16Units units: ArraySlice<UInt16>) {
        var byteCount = 0
        var ascii = true
        for unit in units {
            if unit >= 0x80 { ascii = false; break }
            byteCount += 1
        }
        if ascii {
            self.init(unsafeUninitializedCapacity: byteCount) { bytes in
                var index = 0
                for unit in units {
                    bytes[index] = UInt8(truncatingIfNeeded: unit)
                    index += 1
                }
                return byteCount
            }
            return
        }
        // At most 3 UTF-8 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
        self.init(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var written = 0
            func put(_ scalar: UInt32) {
                switch scalar {
                case ..<0x80:
                    bytes[written] = UInt8(scalar); written += 1
                case ..<0x800:
                    bytes[written] = UInt8(0xC0 | scalar >> 6)
                    bytes[written + 1] = UInt8(0x80 | scalar & 0x3F); written += 2
                case ..<0x10000:
                    bytes[written] = UInt8(0xE0 | scalar >> 12)
                    bytes[written + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | scalar & 0x3F); written += 3
                default:
                    bytes[written] = UInt8(0xF0 | scalar >> 18)
                    bytes[written + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    bytes[written + 3] = UInt8(0x80 | scalar & 0x3F); written += 4
                }
            }
            var index = units.startIndex
            while index < units.endIndex {
                let unit = UInt32(units[index])
                index += 1
                if unit & 0xF800 != 0xD800 {
                    put(unit)
                } else if unit < 0xDC00, index < units.endIndex, units[index] & 0xFC00 == 0xDC00 {
                    put(0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00))
                    index += 1
                } else {
                    put(0xFFFD)  // a lone surrogate
                }
            }
            return written
        }
    }
}
