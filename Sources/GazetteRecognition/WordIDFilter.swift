/// A set of vocabulary ids that may answer "maybe" for ids it does not hold, but never
/// "no" for one it holds: 1,024 bits, one per id modulo 1,024. Tokens with equal keys
/// have equal ids, so testing a token's id here skips most tokens before a string hash.
struct WordIDFilter {
    private var bits = [UInt64](repeating: 0, count: 16)

    mutating func insert(_ id: Int32) {
        let (word, bit) = Self.position(id)
        bits[word] |= bit
    }

    /// False only when `id` was never inserted.
    @inline(__always)
    func mayContain(_ id: Int32) -> Bool {
        let (word, bit) = Self.position(id)
        return bits[word] & bit != 0
    }

    @inline(__always)
    private static func position(_ id: Int32) -> (word: Int, bit: UInt64) {
        let slot = Int(UInt32(bitPattern: id) & 1023)
        return (slot >> 6, 1 << UInt64(slot & 63))
    }
}
