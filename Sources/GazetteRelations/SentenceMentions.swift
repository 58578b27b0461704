import GazetteLexicon
import GazetteRecognition
import GazetteText

/// The mentions of one sentence and token-level helpers relation rules share.
///
/// Rules address mentions by position (0 ..< `count`, in text order) and read them through
/// `type(_:)`, `tokens(of:)` and `documentIndex(_:)`: plain values copied once per
/// sentence, so no rule copies a `Mention` (and retains its strings). Each token's cue
/// word, covering mention, trigger and phrase-start bits are looked up once here.
public final class SentenceMentions {
    public let context: RecognitionContext
    public let tokenRange: Range<Int>
    /// The document's mentions; the sentence's are at `documentIndex(_:)` of each position.
    let documentMentions: [Mention]
    private let items: [Item]
    private let tokenFacts: [TokenFacts]
    /// The triggers of the sentence; `TokenFacts.trigger` points into it.
    private let triggers: [Trigger]
    /// The tokens where a trigger starts, and where a title may start (the word starts a
    /// title phrase), ascending: rules that look for them visit only these.
    let triggerStarts: [Int]
    let titleStarts: [Int]
    /// The lexicon's entry facts, and those of the sentence's mentions, resolved on first
    /// use: most mentions never need them.
    let entryFacts: EntryFactsTable
    private var mentionFacts: [MentionFacts?]

    /// A relation trigger phrase in the text: what it states, how many tokens it spans,
    /// and the lexicon entry behind it.
    public struct Trigger {
        public let type: RelationType
        public let length: Int
        public let entry: String
    }

    /// What rules read of a mention: no references, so copying one costs no retain.
    private struct Item {
        var documentIndex: Int
        var tokens: Range<Int>
        var type: EntityType
        var entityIndex: Int?
    }

    private struct TokenFacts {
        /// Position of the mention covering the token, or -1.
        var owner: Int32 = -1
        /// Index into `triggers` of the trigger starting at the token, or -1.
        var trigger: Int32 = -1
        /// `Lexicons.phraseStartKinds` of the token's word.
        var phraseStarts: UInt16
        var cue: CueWord?
    }

    /// What the rules ask of a mention's lexicon entry.
    private struct MentionFacts {
        var rank: Int
        var isNewsOutlet: Bool
    }

    /// `documentIndices`: the positions in `mentions` of the sentence's mentions, ascending.
    init(context: RecognitionContext, entryFacts: EntryFactsTable, tokenRange: Range<Int>, mentions: [Mention], documentIndices: [Int]) {
        assert(entryFacts.lexicons === context.lexicons, "entry facts of the context's lexicons")
        self.context = context
        self.entryFacts = entryFacts
        self.tokenRange = tokenRange
        self.documentMentions = mentions
        var items: [Item] = []
        items.reserveCapacity(documentIndices.count)
        for index in documentIndices {
            assert(items.last.map { $0.documentIndex < index } ?? true, "mention indices ascend")
            items.append(Item(
                documentIndex: index, tokens: mentions[index].tokenRange, type: mentions[index].type,
                entityIndex: mentions[index].entityIndex))
        }
        self.items = items
        self.mentionFacts = [MentionFacts?](repeating: nil, count: items.count)

        let lower = tokenRange.lowerBound
        let startKinds = context.lexicons.phraseStartKindsByWord
        let wordIDs = context.wordIDs
        let keys = context.keys
        let cueWords = CueWordTable.shared
        let titleBit = Self.bit(.title), triggerBit = Self.bit(.relationTrigger)
        var tokenFacts: [TokenFacts] = []
        tokenFacts.reserveCapacity(tokenRange.count)
        var titleStarts: [Int] = []
        var triggerStarts: [Int] = []
        for token in tokenRange {
            let id = Int(wordIDs[token])
            let starts = id >= 0 && id < startKinds.count ? startKinds[id] : 0
            tokenFacts.append(TokenFacts(phraseStarts: starts, cue: cueWords.cue(of: keys[token])))
            if starts & titleBit != 0 { titleStarts.append(token) }
            if starts & triggerBit != 0 { triggerStarts.append(token) }
        }
        for (position, item) in items.enumerated() {
            for token in item.tokens { tokenFacts[token - lower].owner = Int32(position) }
        }
        var triggers: [Trigger] = []
        for token in triggerStarts {
            guard let trigger = Self.findTrigger(at: token, context: context, entryFacts: entryFacts, limit: tokenRange.upperBound)
            else { continue }
            tokenFacts[token - lower].trigger = Int32(triggers.count)
            triggers.append(trigger)
        }
        self.titleStarts = titleStarts
        self.triggerStarts = triggers.isEmpty ? [] : triggerStarts.filter { tokenFacts[$0 - lower].trigger >= 0 }
        self.tokenFacts = tokenFacts
        self.triggers = triggers
    }

    /// The mentions of the sentence, in text order, with their indices in the document's
    /// mention array. Builds the array: rules read `type(_:)`, `tokens(of:)` and
    /// `documentIndex(_:)` instead.
    public var mentions: [(index: Int, mention: Mention)] {
        items.map { ($0.documentIndex, documentMentions[$0.documentIndex]) }
    }

    /// The number of mentions in the sentence.
    public var count: Int { items.count }

    /// The index in the document's mention array of the mention at `position`.
    @inline(__always)
    public func documentIndex(_ position: Int) -> Int { items[position].documentIndex }

    @inline(__always)
    public func type(_ position: Int) -> EntityType { items[position].type }

    /// The token range of the mention at `position`.
    @inline(__always)
    public func tokens(of position: Int) -> Range<Int> { items[position].tokens }

    @inline(__always)
    public func entityIndex(_ position: Int) -> Int? { items[position].entityIndex }

    /// The position of the mention whose document index is `index`, if it is in the sentence.
    func position(ofDocumentIndex index: Int) -> Int? {
        guard let first = items.first?.documentIndex, let last = items.last?.documentIndex, index >= first, index <= last else {
            return nil
        }
        // Usually the sentence's mentions are consecutive in the document.
        if last - first + 1 == items.count { return index - first }
        var low = 0, high = items.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let found = items[middle].documentIndex
            if found == index { return middle }
            if found < index { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// The position in `mentions` of the mention covering `token`, if any.
    @inline(__always)
    public func mention(at token: Int) -> Int? {
        guard tokenRange.contains(token) else { return nil }
        let owner = tokenFacts[token - tokenRange.lowerBound].owner
        return owner >= 0 ? Int(owner) : nil
    }

    /// The position of the mention starting exactly at `token`.
    @inline(__always)
    public func mention(startingAt token: Int) -> Int? {
        guard let position = mention(at: token), items[position].tokens.lowerBound == token else { return nil }
        return position
    }

    public func key(_ token: Int) -> String { tokenRange.contains(token) ? context.keys[token] : "" }

    /// The cue word the key of `token` spells, `.empty` outside the sentence (where `key`
    /// is ""), nil for any other word.
    @inline(__always)
    func cue(_ token: Int) -> CueWord? {
        tokenRange.contains(token) ? tokenFacts[token - tokenRange.lowerBound].cue : .empty
    }

    @inline(__always)
    public func isPossessive(_ token: Int) -> Bool {
        tokenRange.contains(token) && context.tokens[token].kind == .possessive
    }

    /// Follows a possessive chain "Russia’s Samara Oblast" from the mention at `position`
    /// to its last link (the possessed place).
    public func possessiveChainEnd(from position: Int) -> Int {
        var current = position
        while true {
            let end = items[current].tokens.upperBound
            guard isPossessive(end), let next = mention(startingAt: end + 1) else { return current }
            current = next
        }
    }

    /// The relation trigger starting at `token`, if any.
    @inline(__always)
    public func trigger(at token: Int) -> Trigger? {
        guard tokenRange.contains(token) else { return nil }
        let slot = tokenFacts[token - tokenRange.lowerBound].trigger
        return slot >= 0 ? triggers[Int(slot)] : nil
    }

    /// Whether a relation trigger starts at `token` (no copy of the trigger).
    @inline(__always)
    func hasTrigger(at token: Int) -> Bool {
        tokenRange.contains(token) && tokenFacts[token - tokenRange.lowerBound].trigger >= 0
    }

    private static func findTrigger(at token: Int, context: RecognitionContext, entryFacts: EntryFactsTable, limit: Int) -> Trigger? {
        guard let (length, match) = context.longestMatch(.relationTrigger, at: token, limit: limit),
              let type = entryFacts[Int(match.entryIndex)].relation
        else { return nil }
        return Trigger(type: type, length: length, entry: context.lexicons.entry(match).id)
    }

    @inline(__always)
    private static func bit(_ kind: LexiconKind) -> UInt16 { 1 << UInt16(kind.ordinal) }

    /// `RecognitionContext.longestMatch` of `kind` at `token` up to `limit` (default: the
    /// sentence end), tested first against the token's phrase-start bits.
    @inline(__always)
    func longestMatch(_ kind: LexiconKind, at token: Int, limit: Int? = nil) -> (length: Int, match: PhraseMatch)? {
        guard tokenRange.contains(token), tokenFacts[token - tokenRange.lowerBound].phraseStarts & Self.bit(kind) != 0 else { return nil }
        return context.longestMatch(kind, at: token, limit: limit ?? tokenRange.upperBound)
    }

    /// Whether "not", "never" or "n't" stands just before `token` ("did not meet").
    public func isNegated(_ token: Int) -> Bool {
        for offset in 1...2 {
            let index = token - offset
            guard tokenRange.contains(index) else { break }
            if Self.negations.contains(cue(index)) { return true }
        }
        return false
    }

    private static let negations: CueSet = [.not, .never, .negation, .no]

    /// Whether the mention at `position` is a news outlet (lexicon `sector=news…`): a
    /// source ("BelTA has learned"), not a party.
    public func isNewsOutlet(_ position: Int) -> Bool { facts(position).isNewsOutlet }

    /// `RegionRank.of` the mention at `position`, looked up once.
    func rank(_ position: Int) -> Int { facts(position).rank }

    /// `RegionRank.canContain` of the mentions at two positions.
    func canContain(_ container: Int, _ place: Int) -> Bool {
        RegionRank.canContain(documentMentions[items[container].documentIndex], documentMentions[items[place].documentIndex], in: self)
    }

    private func facts(_ position: Int) -> MentionFacts {
        if let known = mentionFacts[position] { return known }
        let type = items[position].type
        let entry = documentMentions[items[position].documentIndex].provenance.entry.flatMap { context.lexicons.entryIndex(id: $0) }
        let facts = entry.map { entryFacts[$0] }
        // `RegionRank.of`: 0 for other types, 1 for a place the lexicons do not know.
        let known = MentionFacts(
            rank: type == .region ? facts?.regionRank ?? 1 : 0,
            isNewsOutlet: facts?.isNewsOutlet ?? false)
        mentionFacts[position] = known
        return known
    }

    /// The first token at or after `start`, past at most `limit` lowercase words that no
    /// mention covers and that are not in `stops` ("holding company" in "Tatarstan’s
    /// holding company Raritek").
    func skippingLowercaseWords(from start: Int, limit: Int, stopping stops: CueSet) -> Int {
        var cursor = start
        while cursor < start + limit, tokenRange.contains(cursor), mention(at: cursor) == nil,
              context.tokens[cursor].kind == .word, !context.tokens[cursor].isCapitalized, !stops.contains(cue(cursor)) {
            cursor += 1
        }
        return cursor
    }

    /// `skippingLowercaseWords` with the stops given as keys.
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
