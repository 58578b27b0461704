/// A set of cue words as a bit set: membership is a shift and a mask, where a
/// `Set<String>` hashed the key each time.
struct CueSet: ExpressibleByArrayLiteral, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(arrayLiteral words: CueWord...) {
        for word in words { insert(word) }
    }

    init(_ words: some Sequence<CueWord>) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: CueWord) {
        let bit = Int(word.rawValue)
        assert(bit < 128, "CueSet holds 128 words")
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// Whether `word` is in the set; a token that is no cue word (nil) is in none.
    @inline(__always)
    func contains(_ word: CueWord?) -> Bool {
        guard let word else { return false }
        let bit = Int(word.rawValue)
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit &- 64)) != 0
    }
}
