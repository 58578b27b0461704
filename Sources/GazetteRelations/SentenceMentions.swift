import GazetteLexicon
import GazetteRecognition
import GazetteText

/// The mentions of one sentence and token-level helpers relation rules share.
public final class SentenceMentions {
    public let context: RecognitionContext
    public let tokenRange: Range<Int>
    /// (index into the document's mentions, mention), in text order.
    public let mentions: [(index: Int, mention: Mention)]
    /// Mention position (in `mentions`) covering each token of the sentence, or nil.
    private let owner: [Int?]
    /// The relation trigger starting at each token of the sentence, or nil: rules ask for
    /// triggers token by token, so each is looked up once.
    private let triggers: [Trigger?]

    /// A relation trigger phrase in the text: what it states, how many tokens it spans,
    /// and the lexicon entry behind it.
    public struct Trigger {
        public let type: RelationType
        public let length: Int
        public let entry: String
    }

    init(context: RecognitionContext, tokenRange: Range<Int>, mentions: [(Int, Mention)]) {
        self.context = context
        self.tokenRange = tokenRange
        self.mentions = mentions
        var owner = [Int?](repeating: nil, count: tokenRange.count)
        for (position, item) in mentions.enumerated() {
            for token in item.1.tokenRange { owner[token - tokenRange.lowerBound] = position }
        }
        self.owner = owner
        self.triggers = tokenRange.map { Self.findTrigger(at: $0, context: context, limit: tokenRange.upperBound) }
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

    /// The relation trigger starting at `token`, if any.
    @inline(__always)
    public func trigger(at token: Int) -> Trigger? {
        guard tokenRange.contains(token) else { return nil }
        return triggers[token - tokenRange.lowerBound]
    }

    private static func findTrigger(at token: Int, context: RecognitionContext, limit: Int) -> Trigger? {
        guard let (length, match) = context.longestMatch(.relationTrigger, at: token, limit: limit) else { return nil }
        let entry = context.lexicons.entry(match)
        guard let type = entry.attributes["relation"].flatMap(RelationType.init(rawValue:)) else { return nil }
        return Trigger(type: type, length: length, entry: entry.id)
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

    /// Positions of mentions that only qualify a title: the places and enterprises between
    /// a title and the person it names, or after a title with no person ("President of Russia’s Tatarstan Rustam
    /// Minnikhanov", "Ambassador … of Belarus to Russia Dmitry Krutoi", "Belarus President
    /// Aleksandr Lukashenko"). They are not parties to what the sentence says.
    public func titleComplements() -> Set<Int> {
        var result = Set<Int>()
        var index = tokenRange.lowerBound
        while index < tokenRange.upperBound {
            guard mention(at: index) == nil,
                  let (length, _) = context.longestMatch(.title, at: index, limit: tokenRange.upperBound)
            else { index += 1; continue }
            // Before the title: "Belarus President X", "Tula Oblast’s governor X".
            var before = index - 1
            if isPossessive(before) { before -= 1 }
            var zone: [Int] = []
            if let position = mention(at: before), mentions[position].mention.type != .person { zone.append(position) }
            // After it: "of [the] … to … (alias) … Executive Committee".
            var cursor = index + length
            var steps = 0
            var reachedPerson = false
            while tokenRange.contains(cursor), steps < 14 {
                steps += 1
                if let position = mention(at: cursor) {
                    let type = mentions[position].mention.type
                    if type == .person { reachedPerson = true; break }
                    if type == .product { break }  // "500 head of cattle": no title there
                    zone.append(position)
                    cursor = mentions[position].mention.tokenRange.upperBound
                    continue
                }
                let key = key(cursor)
                guard Self.titleLinkWords.contains(key) || isPossessive(cursor) || context.isNameWord(cursor)
                        || context.longestMatch(.title, at: cursor, limit: cursor + 1) != nil
                else { break }
                cursor += 1
            }
            // With or without a person after it ("the press service of the Head of the
            // Udmurt Republic"), the place only says whose title it is; a lowercase "head"
            // with no person after it is more often a plain noun.
            if reachedPerson || context.tokens[index].isCapitalized { result.formUnion(zone) }
            index += length
        }
        return result
    }

    private static let titleLinkWords: Set<String> = ["of", "the", "to", "in", "(", ")"]

    /// Whether the mention at `position` is a news outlet (lexicon `sector=news…`): a
    /// source ("BelTA has learned"), not a party.
    public func isNewsOutlet(_ position: Int) -> Bool {
        guard let id = mentions[position].mention.provenance.entry, let entry = context.lexicons.entry(id: id) else { return false }
        return entry.attributes["sector"]?.hasPrefix("news") == true
    }

    /// The first token at or after `start`, past at most `limit` lowercase words that no
    /// mention covers and that are not in `stops` ("holding company" in "Tatarstan’s
    /// holding company Raritek").
    public func skippingLowercaseWords(from start: Int, limit: Int, stops: Set<String> = []) -> Int {
        var cursor = start
        while cursor < start + limit, tokenRange.contains(cursor), mention(at: cursor) == nil,
              context.tokens[cursor].kind == .word, !context.tokens[cursor].isCapitalized, !stops.contains(key(cursor)) {
            cursor += 1
        }
        return cursor
    }

    public func text(_ range: Range<Int>) -> String { context.text.text(ofTokens: range) }
    public func span(_ range: Range<Int>) -> TextSpan { context.text.span(ofTokens: range) }
}
