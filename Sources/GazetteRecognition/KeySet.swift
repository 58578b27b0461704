/// A set of folded keys with a cheap first question: by length and first byte, most keys
/// that are not members are turned away before the string is hashed.
///
/// The filter is exact for members that are ASCII without `K`, `;` or `` ` ``: a string
/// equal to such a word (Swift compares canonical equivalents) is the same ASCII bytes,
/// since no other character decomposes to ASCII but the Kelvin sign (K), the Greek
/// question mark (;) and the Greek varia (`). Sets with other members skip the filter.
struct KeySet: Sendable {
    private let members: Set<String>
    /// Bit `b` of row `n`: some member is `n` bytes long and starts with byte `b` (< 128).
    private let rows: [(UInt64, UInt64)]
    private let filters: Bool
    private static let rowCount = 32

    init(_ members: Set<String>) {
        self.members = members
        var rows = [(UInt64, UInt64)](repeating: (0, 0), count: Self.rowCount)
        var filters = true
        for member in members {
            let bytes = Array(member.utf8)
            guard let first = bytes.first, bytes.count < Self.rowCount,
                  bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") })
            else {
                filters = false
                break
            }
            if first < 64 { rows[bytes.count].0 |= 1 << UInt64(first) } else { rows[bytes.count].1 |= 1 << UInt64(first - 64) }
        }
        self.rows = rows
        self.filters = filters
    }

    func contains(_ key: String) -> Bool {
        if filters {
            let utf8 = key.utf8
            let count = utf8.count
            // Too long, empty or non-ASCII at the start: no member (see the type's note).
            guard count < Self.rowCount, let first = utf8.first, first < 0x80 else { return false }
            let row = rows[count]
            let hit = first < 64 ? row.0 & (1 << UInt64(first)) : row.1 & (1 << UInt64(first - 64))
            if hit == 0 { return false }
        }
        return members.contains(key)
    }
}
