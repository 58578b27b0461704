/// The words of a `ContainmentRule` link phrase ("of the", ", located in"), with the
/// kinds of phrase the rule treats apart worked out once.
struct LinkPhrase: ExpressibleByArrayLiteral, Sendable {
    /// The words' raw values, the first in the lowest byte: matching reads no array.
    private let packedWords: UInt64
    /// The number of words.
    let count: Int
    /// The first word.
    let first: CueWord
    /// "from": locates enterprises only ("buys harvesters from X" aside).
    let isFrom: Bool
    /// "in", "in the": a region is only in a large one.
    let isIn: Bool
    /// "(": the container must close the parenthesis.
    let isParenthesis: Bool
    /// ",": the container must end the phrase.
    let isComma: Bool
    /// ", the capital of", ", a city in": a place in apposition, not "located in".
    let isAppositive: Bool
    /// Whether an enterprise is located in the container the phrase introduces.
    let locatesEnterprise: Bool

    init(arrayLiteral words: CueWord...) {
        precondition(!words.isEmpty && words.count <= 8, "a link phrase has one to eight words")
        packedWords = words.reversed().reduce(0) { $0 << 8 | UInt64($1.rawValue) }
        count = words.count
        first = words[0]
        isFrom = words == [.from]
        isIn = words == [.in] || words == [.in, .the]
        isParenthesis = words == [.openParenthesis]
        isComma = words == [.comma]
        // "in", "(", "from", and every phrase of siting: "based in", ", which is headquartered in".
        locatesEnterprise = words == [.in] || words == [.openParenthesis] || words == [.from]
            || words.contains { $0 == .based || $0 == .located || $0 == .headquartered }
        isAppositive = words[0] == .comma && words.count > 1 && !locatesEnterprise
    }

    /// Whether the phrase's words stand from `start` on, inside the sentence.
    @inline(__always)
    func matches(at start: Int, in sentence: SentenceMentions) -> Bool {
        var words = packedWords
        for offset in 0..<count {
            guard sentence.tokenRange.contains(start + offset), sentence.cue(start + offset)?.rawValue == UInt8(truncatingIfNeeded: words)
            else { return false }
            words >>= 8
        }
        return true
    }
}
