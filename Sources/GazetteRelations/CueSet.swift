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

    /// The bit `contains` tests for a token that is no cue word (nil): no word's raw
    /// value, so no set holds it.
    private static let noWordCode: UInt8 = 127

    mutating func insert(_ word: CueWord) {
        let bit = Int(word.rawValue)
        assert(bit < Int(Self.noWordCode), "CueSet holds 127 words, the last bit standing for none")
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// Whether `word` is in the set; a token that is no cue word (nil) is in none.
    /// Without branches (selects, a shift and a mask): whether a token is a cue word, and
    /// which, is as unpredictable as the text, and rules ask this of most tokens they read.
    @inline(__always)
    func contains(_ word: CueWord?) -> Bool {
        let bit = UInt64(word?.rawValue ?? Self.noWordCode)
        let half = bit < 64 ? low : high
        return (half &>> (bit & 63)) & 1 != 0
    }
}
