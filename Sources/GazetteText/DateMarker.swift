/// The optional `date YYYY-MM-DD` marker that article dumps put before the first sentence,
/// inline (" date 2025-07-21 Belarusian President…") or on a line of its own.
///
/// It is metadata: it becomes the record's `date` field and is kept out of recognition,
/// while every offset stays relative to the full original text.
public struct DateMarker: Sendable, Equatable {
    /// The ISO date, e.g. "2025-07-21".
    public var date: String
    /// Code-point span of the whole marker ("date 2025-07-21").
    public var span: TextSpan

    /// Finds the marker at the start of `units` (after optional white space).
    /// Works on UTF-16 units; the marker is ASCII, so code-point offsets equal UTF-16 ones
    /// up to its end.
    public static func find(in units: [UInt16]) -> DateMarker? {
        var index = 0
        while index < units.count, isSpace(units[index]) { index += 1 }
        guard units.count >= index + 4 + 1 + 10 else { return nil }
        // "date", any case, without building arrays (every text is tested).
        guard lowercase(units[index]) == 0x64, lowercase(units[index + 1]) == 0x61,
              lowercase(units[index + 2]) == 0x74, lowercase(units[index + 3]) == 0x65
        else { return nil }
        let markerStart = index
        index += 4
        guard isSpace(units[index]) else { return nil }
        while index < units.count, isSpace(units[index]) { index += 1 }
        guard index + 10 <= units.count else { return nil }
        // "dddd-dd-dd": digits but at offsets 4 and 7.
        for offset in 0..<10 {
            let unit = units[index + offset]
            if offset == 4 || offset == 7 {
                guard unit == 0x2D else { return nil }
            } else {
                guard unit >= 0x30, unit <= 0x39 else { return nil }
            }
        }
        let end = index + 10
        if end < units.count, !isSpace(units[end]) { return nil }
        // ASCII digits and hyphens: narrowed to UTF-8 bytes, which `String` takes without transcoding.
        let date = String(unsafeUninitializedCapacity: 10) { bytes in
            for offset in 0..<10 { bytes[offset] = UInt8(truncatingIfNeeded: units[index + offset]) }
            return 10
        }
        return DateMarker(
            date: date,
            span: TextSpan(start: markerStart, end: end))
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x0C
    }

    private static func lowercase(_ unit: UInt16) -> UInt16 {
        (unit >= 0x41 && unit <= 0x5A) ? unit + 0x20 : unit
    }
}
