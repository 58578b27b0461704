/// A set of mention positions of one sentence: a bit per position, the first 64 held
/// inline, so the sets rules build per sentence usually allocate nothing.
struct PositionSet: Sendable {
    private var inline: UInt64 = 0
    /// Bits for positions 64 and on, 64 per word; empty until one is inserted.
    private var overflow: [UInt64] = []

    init() {}

    var isEmpty: Bool { inline == 0 && overflow.allSatisfy { $0 == 0 } }

    mutating func insert(_ position: Int) {
        precondition(position >= 0, "positions are not negative")
        if position < 64 {
            inline |= 1 << UInt64(position)
            return
        }
        let word = position / 64 - 1
        if word >= overflow.count { overflow += repeatElement(0, count: word - overflow.count + 1) }
        overflow[word] |= 1 << UInt64(position % 64)
    }

    @inline(__always)
    func contains(_ position: Int) -> Bool {
        if position < 64 { return position >= 0 && inline & (1 << UInt64(position)) != 0 }
        let word = position / 64 - 1
        return word < overflow.count && overflow[word] & (1 << UInt64(position % 64)) != 0
    }

    mutating func formUnion(_ other: PositionSet) {
        inline |= other.inline
        if overflow.count < other.overflow.count { overflow += repeatElement(0, count: other.overflow.count - overflow.count) }
        for (word, bits) in other.overflow.enumerated() { overflow[word] |= bits }
    }

    /// The positions in the set, ascending.
    var elements: [Int] {
        var result: [Int] = []
        var bits = inline
        while bits != 0 {
            result.append(bits.trailingZeroBitCount)
            bits &= bits - 1
        }
        for (word, wordBits) in overflow.enumerated() {
            var bits = wordBits
            while bits != 0 {
                result.append((word + 1) * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return result
    }
}
