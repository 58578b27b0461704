/// The words of a `ContainmentRule` link phrase ("of the", ", located in"), with the
/// kinds of phrase the rule treats apart worked out once.
struct LinkPhrase: ExpressibleByArrayLiteral, Sendable {
    let words: [CueWord]
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
        precondition(!words.isEmpty, "a link phrase has words")
        self.words = words
        isFrom = words == [.from]
        isIn = words == [.in] || words == [.in, .the]
        isParenthesis = words == [.openParenthesis]
        isComma = words == [.comma]
        isAppositive = words[0] == .comma && words.count > 1 && words[1] != .located && words[1] != .based
        locatesEnterprise = LinkPhrase.enterprisePhrases.contains(words)
    }

    private static let enterprisePhrases: [[CueWord]] = [
        [.in], [.openParenthesis], [.based, .in], [.located, .in], [.from], [.comma, .located, .in], [.comma, .based, .in],
    ]

    /// Whether the phrase's words stand from `start` on, inside the sentence.
    func matches(at start: Int, in sentence: SentenceMentions) -> Bool {
        for (offset, word) in words.enumerated() {
            guard sentence.tokenRange.contains(start + offset), sentence.cue(start + offset) == word else { return false }
        }
        return true
    }
}
