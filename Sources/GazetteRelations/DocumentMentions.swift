import GazetteLexicon
import GazetteRecognition
import GazetteText

/// What relation rules read of one document, worked out in one pass before any rule runs:
/// the mentions of each sentence that has two or more (plain values, with their lexicon
/// facts), and each token of those sentences' cue word, covering mention, phrase-start
/// bits and trigger. Every array is built once per document and never changes after, so
/// rules read them without copies, allocations or exclusivity checks.
final class DocumentMentions {
    let context: RecognitionContext
    let relationLexicon: RelationLexicon
    let mentions: [Mention]
    /// The sentences rules run on, in text order.
    let sentences: [Sentence]
    /// The mentions of `sentences`, sentence by sentence, each sentence's in text order.
    let items: [Item]
    /// By document token; filled for the tokens of `sentences` only.
    let tokenFacts: [TokenFacts]
    /// The relation triggers of `sentences`, in text order, each with the token it starts at.
    let triggers: [PlacedTrigger]
    /// Two lists of tokens per sentence, each ascending, in one array (one allocation):
    /// - the tokens with clause marks (`ClauseMarks`), the only ones that can bound a
    ///   clause, so finding one walks these rather than every token;
    /// - the tokens whose word and capitals may start a title phrase.
    let sentenceTokens: [Int]
    /// `RecognitionContext.phraseStarts`, held here so rules index it without going through the context.
    let phraseStarts: [UInt16]

    /// A sentence with two or more mentions: its tokens, its slices of `items` and
    /// `triggers`, and its two slices of `sentenceTokens`.
    struct Sentence {
        var tokenRange: Range<Int>
        var items: Range<Int>
        var triggers: Range<Int> = 0..<0
        var titleCandidates: Range<Int> = 0..<0
        var markedTokens: Range<Int> = 0..<0
        /// The types of its mentions.
        var types = EntityTypes()
        /// How many of its mentions are places or enterprises.
        var organisationCount = 0
    }

    /// A trigger and the token it starts at: one array, one allocation per document.
    struct PlacedTrigger {
        var token: Int
        var trigger: SentenceMentions.Trigger
    }

    /// A mention as rules read it: no references, so copying one costs no retain.
    struct Item {
        var documentIndex: Int
        var tokens: Range<Int>
        var type: EntityType
        var entityIndex: Int?
        /// `RegionRank.of` the mention.
        var rank: Int
        /// Whether its entry is a news outlet's; not looked up for persons (no rule asks).
        var isNewsOutlet: Bool
    }

    struct TokenFacts {
        /// Position within its sentence of the mention covering the token, or -1.
        var owner: Int32 = -1
        /// Index into `triggers` of the trigger starting at the token, or -1.
        var trigger: Int32 = -1
        var cue: CueWord?
        /// Where the token stands in its sentence's clauses (`ClauseMarks`).
        var clauseMarks = ClauseMarks()
    }

    init(mentions: [Mention], context: RecognitionContext, relationLexicon: RelationLexicon) {
        assert(relationLexicon.lexicons === context.lexicons, "derived from the context's lexicons")
        self.context = context
        self.relationLexicon = relationLexicon
        self.mentions = mentions
        let lexicons = context.lexicons
        var sentences: [Sentence] = []
        // At most one per sentence of the text: reserved rather than grown.
        sentences.reserveCapacity(context.text.sentences.count)
        var items: [Item] = []
        items.reserveCapacity(mentions.count)
        // Mentions are read field by field through the buffer: copying one would retain its strings.
        mentions.withUnsafeBufferPointer { mentions in
            var mentionCursor = 0
            for sentence in context.text.sentences {
                let range = sentence.tokenRange
                let firstMention = mentionCursor
                var count = 0
                while mentionCursor < mentions.count, mentions[mentionCursor].tokenRange.lowerBound < range.upperBound {
                    if mentions[mentionCursor].tokenRange.lowerBound >= range.lowerBound { count += 1 }
                    mentionCursor += 1
                }
                // No rule relates fewer than two mentions.
                guard count >= 2 else { continue }
                let first = items.count
                var types = EntityTypes()
                var organisationCount = 0
                for index in firstMention..<mentionCursor where mentions[index].tokenRange.lowerBound >= range.lowerBound {
                    items.append(Self.item(of: mentions, at: index, lexicons: lexicons, relationLexicon: relationLexicon))
                    let type = EntityTypes(mentions[index].type)
                    types.insert(type)
                    organisationCount += type.isDisjoint(with: [.region, .enterprise]) ? 0 : 1
                }
                sentences.append(Sentence(tokenRange: range, items: first..<items.count, types: types, organisationCount: organisationCount))
            }
        }
        var tokenFacts = [TokenFacts](repeating: TokenFacts(), count: context.tokens.count)
        var triggers: [PlacedTrigger] = []
        var sentenceTokens: [Int] = []
        let wordIDs = context.wordIDs
        let keyHashes = context.text.keyHashes
        let tokens = context.tokens
        let tokenSets = context.tokenSets
        let cueWords = CueWordTable.shared
        let markedCues = ClauseMarks.markedCues
        // A guess that usually holds, rather than growing through 1, 2, 4, …
        sentenceTokens.reserveCapacity(items.count)
        triggers.reserveCapacity(items.count)
        // Through buffer pointers: these loops run on every token of the sentences.
        tokenFacts.withUnsafeMutableBufferPointer { facts in
            context.keys.withUnsafeBufferPointer { keys in
                for index in sentences.indices {
                    let range = sentences[index].tokenRange
                    for token in range {
                        if let known = relationLexicon.cue(ofWord: wordIDs[token]) {
                            facts[token].cue = known
                        } else {
                            facts[token].cue = cueWords.cue(of: keys[token], hash: keyHashes[token])
                        }
                    }
                    let sentenceItems = sentences[index].items
                    for position in sentenceItems {
                        let owner = Int32(position - sentenceItems.lowerBound)
                        for token in items[position].tokens { facts[token].owner = owner }
                    }
                    let firstMarked = sentenceTokens.count
                    for token in range {
                        if let cue = facts[token].cue, markedCues.contains(cue) {
                            let marks = ClauseMarks(
                                cue, previous: token > range.lowerBound ? facts[token - 1].cue : .empty,
                                next: token + 1 < range.upperBound ? facts[token + 1].cue : .empty,
                                isPunctuation: tokens[token].kind == .punctuation)
                            facts[token].clauseMarks = marks
                            if !marks.isEmpty { sentenceTokens.append(token) }
                        }
                    }
                    sentences[index].markedTokens = firstMarked..<sentenceTokens.count
                    // Titles and triggers from the tokens whose word and capitals may start
                    // one (`TokenSets`): rules only ever take a title or trigger that
                    // `longestMatch` finds, and it finds none at any other token.
                    let firstTitle = sentenceTokens.count
                    for token in tokenSets.positions(.startOf(.title), in: range) { sentenceTokens.append(token) }
                    let firstTrigger = triggers.count
                    for token in tokenSets.positions(.startOf(.relationTrigger), in: range) {
                        guard let trigger = Self.trigger(at: token, limit: range.upperBound, context: context, relationLexicon: relationLexicon)
                        else { continue }
                        facts[token].trigger = Int32(triggers.count)
                        triggers.append(PlacedTrigger(token: token, trigger: trigger))
                    }
                    sentences[index].triggers = firstTrigger..<triggers.count
                    sentences[index].titleCandidates = firstTitle..<sentenceTokens.count
                }
            }
        }
        self.sentences = sentences
        self.items = items
        self.tokenFacts = tokenFacts
        self.triggers = triggers
        self.sentenceTokens = sentenceTokens
        self.phraseStarts = context.phraseStarts
    }

    private static func item(of mentions: UnsafeBufferPointer<Mention>, at index: Int, lexicons: Lexicons, relationLexicon: RelationLexicon) -> Item {
        let type = mentions[index].type
        // Persons have rank 0 and are never asked whether they are news outlets.
        let facts = type == .person ? nil : entryIndex(of: mentions[index], lexicons: lexicons).map { relationLexicon[$0] }
        return Item(
            documentIndex: index, tokens: mentions[index].tokenRange, type: type, entityIndex: mentions[index].entityIndex,
            // `RegionRank.of`: 0 for other types, 1 for a place the lexicons do not know.
            rank: type == .region ? facts?.regionRank ?? 1 : 0,
            isNewsOutlet: facts?.isNewsOutlet ?? false)
    }

    /// The index in `Lexicons.entries` of a mention's entry: the one the recognizer noted,
    /// or, for a mention made without it, the entry its id names.
    @inline(__always)
    static func entryIndex(of mention: borrowing Mention, lexicons: Lexicons) -> Int? {
        if let index = mention.lexiconEntryIndex {
            assert(mention.provenance.entry == lexicons.entries[index].id, "the entry index names the provenance entry")
            return index
        }
        return mention.provenance.entry.flatMap { lexicons.entryIndex(id: $0) }
    }

    private static func trigger(at token: Int, limit: Int, context: RecognitionContext, relationLexicon: RelationLexicon) -> SentenceMentions.Trigger? {
        guard let (length, match) = context.longestMatch(.relationTrigger, at: token, limit: limit),
              let type = relationLexicon[Int(match.entryIndex)].relation
        else { return nil }
        return SentenceMentions.Trigger(type: type, length: length)
    }
}
