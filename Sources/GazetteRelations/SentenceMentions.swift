import GazetteLexicon
import GazetteRecognition
import GazetteText

/// The mentions of one sentence and token-level helpers relation rules share.
public struct SentenceMentions {
    public let context: RecognitionContext
    public let tokenRange: Range<Int>
    /// (index into the document's mentions, mention), in text order.
    public let mentions: [(index: Int, mention: Mention)]
    /// Mention position (in `mentions`) covering each token of the sentence, or nil.
    private let owner: [Int?]

    init(context: RecognitionContext, tokenRange: Range<Int>, mentions: [(Int, Mention)]) {
        self.context = context
        self.tokenRange = tokenRange
        self.mentions = mentions
        var owner = [Int?](repeating: nil, count: tokenRange.count)
        for (position, item) in mentions.enumerated() {
            for token in item.1.tokenRange { owner[token - tokenRange.lowerBound] = position }
        }
        self.owner = owner
    }

    /// The position in `mentions` of the mention covering `token`, if any.
    public func mention(at token: Int) -> Int? {
        guard tokenRange.contains(token) else { return nil }
        return owner[token - tokenRange.lowerBound]
    }

    /// The position of the mention starting exactly at `token`.
    public func mention(startingAt token: Int) -> Int? {
        guard let position = mention(at: token), mentions[position].mention.tokenRange.lowerBound == token else { return nil }
        return position
    }

    public func key(_ token: Int) -> String { tokenRange.contains(token) ? context.key(token) : "" }

    public func isPossessive(_ token: Int) -> Bool {
        tokenRange.contains(token) && context.tokens[token].kind == .possessive
    }

    /// Follows a possessive chain "Russia’s Samara Oblast" from the mention at `position`
    /// to its last link (the possessed place).
    public func possessiveChainEnd(from position: Int) -> Int {
        var current = position
        while true {
            let end = mentions[current].mention.tokenRange.upperBound
            guard isPossessive(end), let next = mention(startingAt: end + 1) else { return current }
            current = next
        }
    }

    /// Finds a relation trigger starting at `token`: (relation type, length, entry id).
    public func trigger(at token: Int) -> (type: RelationType, length: Int, entry: String)? {
        guard let (length, match) = context.longestMatch(.relationTrigger, at: token, limit: tokenRange.upperBound) else {
            return nil
        }
        let entry = context.lexicons.entry(match)
        guard let type = entry.attributes["relation"].flatMap(RelationType.init(rawValue:)) else { return nil }
        return (type, length, entry.id)
    }

    /// Whether "not", "never" or "n't" stands just before `token` ("did not meet").
    public func isNegated(_ token: Int) -> Bool {
        for offset in 1...2 {
            let index = token - offset
            guard tokenRange.contains(index) else { break }
            let key = key(index)
            if key == "not" || key == "never" || key == "n't" || key == "no" { return true }
        }
        return false
    }

    public func text(_ range: Range<Int>) -> String { context.text.text(ofTokens: range) }
    public func span(_ range: Range<Int>) -> TextSpan { context.text.span(ofTokens: range) }
}
