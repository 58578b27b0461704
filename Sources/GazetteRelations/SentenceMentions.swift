import GazetteLexicon
import GazetteRecognition
import GazetteText

/// The mentions of one sentence and token-level helpers relation rules share.
///
/// Rules address mentions by position (0 ..< `count`, in text order) and read them through
/// `type(_:)`, `tokens(of:)` and `documentIndex(_:)`: plain values worked out once per
/// document (`DocumentMentions`), as are each token's cue word, covering mention, trigger
/// and phrase-start bits, so no rule copies a `Mention` or looks a word up again.
///
/// A value made per sentence: a class instance was one allocation and one deallocation
/// per sentence. Rules borrow it (`propose(in:into:)` takes it +0), so it is seldom copied.
public struct SentenceMentions {
    public let context: RecognitionContext
    public var tokenRange: Range<Int> { sentence.tokenRange }
    let document: DocumentMentions
    private let sentence: DocumentMentions.Sentence
    /// The sentence's slice of `document.items`.
    private var itemRange: Range<Int> { sentence.items }

    /// A relation trigger phrase in the text: what it states and how many tokens it spans.
    public struct Trigger {
        public let type: RelationType
        public let length: Int
    }

    /// The index in the relation array rules append to of the first relation proposed for
    /// this sentence: the ones before it relate mentions of other sentences.
    let firstRelation: Int

    init(document: DocumentMentions, sentence: DocumentMentions.Sentence, firstRelation: Int) {
        self.context = document.context
        self.document = document
        self.sentence = sentence
        self.firstRelation = firstRelation
    }

    /// The lexicon's entry facts.
    var relationLexicon: RelationLexicon { document.relationLexicon }

    /// The number of mentions in the sentence.
    public var count: Int { itemRange.count }

    /// Whether the sentence has a mention of each of `types`: a rule relating types it
    /// lacks has nothing to propose.
    @inline(__always)
    func hasMentions(ofEach types: EntityTypes) -> Bool { sentence.types.isSuperset(of: types) }

    /// How many of the sentence's mentions are places or enterprises.
    var organisationCount: Int { sentence.organisationCount }

    /// Whether the sentence has a mention of any of `types`.
    @inline(__always)
    func hasMentions(ofAny types: EntityTypes) -> Bool { !sentence.types.isDisjoint(with: types) }

    @inline(__always)
    private func item(_ position: Int) -> DocumentMentions.Item {
        assert(position >= 0 && position < itemRange.count, "a position in the sentence")
        return document.items[itemRange.lowerBound + position]
    }

    /// The index in the document's mention array of the mention at `position`.
    @inline(__always)
    public func documentIndex(_ position: Int) -> Int { item(position).documentIndex }

    @inline(__always)
    public func type(_ position: Int) -> EntityType { item(position).type }

    /// The token range of the mention at `position`.
    @inline(__always)
    public func tokens(of position: Int) -> Range<Int> { item(position).tokens }

    @inline(__always)
    public func entityIndex(_ position: Int) -> Int? { item(position).entityIndex }

    /// `RegionRank.of` the mention at `position`.
    @inline(__always)
    func rank(_ position: Int) -> Int { item(position).rank }

    /// Whether the mention with document index `index` is one of the sentence's.
    func containsDocumentIndex(_ index: Int) -> Bool { position(ofDocumentIndex: index) != nil }

    /// The position of the mention whose document index is `index`, if it is in the sentence.
    func position(ofDocumentIndex index: Int) -> Int? {
        guard !itemRange.isEmpty else { return nil }
        let first = documentIndex(0), last = documentIndex(count - 1)
        guard index >= first, index <= last else { return nil }
        // Usually the sentence's mentions are consecutive in the document.
        if last - first + 1 == count { return index - first }
        var low = 0, high = count - 1
        while low <= high {
            let middle = (low + high) / 2
            let found = documentIndex(middle)
            if found == index { return middle }
            if found < index { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// The position in `mentions` of the mention covering `token`, if any.
    @inline(__always)
    public func mention(at token: Int) -> Int? {
        guard tokenRange.contains(token) else { return nil }
        let owner = document.tokenFacts[token].owner
        return owner >= 0 ? Int(owner) : nil
    }

    /// The position of the mention starting exactly at `token`.
    @inline(__always)
    public func mention(startingAt token: Int) -> Int? {
        guard let position = mention(at: token), tokens(of: position).lowerBound == token else { return nil }
        return position
    }

    public func key(_ token: Int) -> String { tokenRange.contains(token) ? context.keys[token] : "" }

    /// The cue word the key of `token` spells, `.empty` outside the sentence (where `key`
    /// is ""), nil for any other word.
    @inline(__always)
    func cue(_ token: Int) -> CueWord? {
        tokenRange.contains(token) ? document.tokenFacts[token].cue : .empty
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
            let end = tokens(of: current).upperBound
            guard isPossessive(end), let next = mention(startingAt: end + 1) else { return current }
            current = next
        }
    }

    /// The relation trigger starting at `token`, if any.
    @inline(__always)
    public func trigger(at token: Int) -> Trigger? {
        guard tokenRange.contains(token) else { return nil }
        let slot = document.tokenFacts[token].trigger
        return slot >= 0 ? document.triggers[Int(slot)].trigger : nil
    }

    /// The triggers of the sentence as indices for `trigger(_:)`, in text order.
    var triggerIndices: Range<Int> { sentence.triggers }

    /// The trigger at `index` of `triggerIndices`, and the token it starts at.
    @inline(__always)
    func trigger(_ index: Int) -> (token: Int, trigger: Trigger) { (document.triggers[index].token, document.triggers[index].trigger) }

    /// The tokens whose word starts a title phrase, ascending.
    var titleCandidates: ArraySlice<Int> { document.sentenceTokens[sentence.titleCandidates] }

    /// The tokens of the sentence with clause marks (`isClauseBoundary`, `opensSpeech`), ascending.
    var markedTokens: ArraySlice<Int> { document.sentenceTokens[sentence.markedTokens] }

    /// Whether `token` ends a clause: ";", "while", "whereas", "but" (not "but also"),
    /// "that" after a verb of saying.
    @inline(__always)
    func isClauseBoundary(_ token: Int) -> Bool { tokenRange.contains(token) && document.tokenFacts[token].clauseMarks.isBoundary }

    /// Whether `token` is a colon or opening quote: someone's words follow.
    @inline(__always)
    func opensSpeech(_ token: Int) -> Bool { tokenRange.contains(token) && document.tokenFacts[token].clauseMarks.opensSpeech }

    /// Whether a relation trigger starts at `token` (no copy of the trigger).
    @inline(__always)
    func hasTrigger(at token: Int) -> Bool {
        tokenRange.contains(token) && document.tokenFacts[token].trigger >= 0
    }

    /// Whether the word at `token` starts some phrase of `kind`: the test
    /// `longestMatch` makes before looking in the table.
    @inline(__always)
    func mayStartPhrase(_ kind: LexiconKind, at token: Int) -> Bool {
        tokenRange.contains(token) && document.phraseStarts[token] & kind.phraseBit != 0
    }

    /// `RecognitionContext.longestMatch` of `kind` at `token` up to `limit` (default: the
    /// sentence end), tested first against the token's phrase-start bits.
    @inline(__always)
    func longestMatch(_ kind: LexiconKind, at token: Int, limit: Int? = nil) -> (length: Int, match: PhraseMatch)? {
        guard mayStartPhrase(kind, at: token) else { return nil }
        return context.longestMatch(kind, at: token, limit: limit ?? tokenRange.upperBound)
    }

    /// Whether "not", "never" or "n't" stands just before `token` ("did not meet").
    public func isNegated(_ token: Int) -> Bool {
        for offset in 1...2 {
            let index = token - offset
            guard tokenRange.contains(index) else { break }
            if Self.negations.contains(cue(index)) { return true }
        }
        // "did not sign a contract", "has never signed an agreement": a negated verb whose
        // object the trigger is.
        let verb = token - 2
        guard tokenRange.contains(verb - 1), Self.determiners.contains(cue(token - 1)), mention(at: verb) == nil,
              context.tokens[verb].kind == .word, !context.tokens[verb].isCapitalized
        else { return false }
        return Self.verbNegations.contains(cue(verb - 1))
    }

    private static let negations: CueSet = [.not, .never, .negation, .no]
    private static let verbNegations: CueSet = [.not, .never, .negation]
    private static let determiners: CueSet = [.a, .an, .the]

    /// Whether the mention at `position` is a news outlet (lexicon `sector=news…`): a
    /// source ("BelTA has learned"), not a party.
    public func isNewsOutlet(_ position: Int) -> Bool {
        guard type(position) == .person else { return item(position).isNewsOutlet }
        // Not worked out for persons ahead: no rule asks.
        guard let entry = DocumentMentions.entryIndex(of: document.mentions[documentIndex(position)], lexicons: context.lexicons)
        else { return false }
        return relationLexicon[entry].isNewsOutlet
    }

    /// `RegionRank.canContain` of the mentions at two positions.
    func canContain(_ container: Int, _ place: Int) -> Bool {
        RegionRank.canContain(document.mentions[documentIndex(container)], document.mentions[documentIndex(place)], in: self)
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

    public func text(_ range: Range<Int>) -> String { context.text.text(ofTokens: range) }
    public func span(_ range: Range<Int>) -> TextSpan { context.text.span(ofTokens: range) }
}
