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
    let entryFacts: EntryFactsTable
    let mentions: [Mention]
    /// The sentences rules run on, in text order.
    let sentences: [Sentence]
    /// The mentions of `sentences`, sentence by sentence, each sentence's in text order.
    let items: [Item]
    /// By document token; filled for the tokens of `sentences` only.
    let tokenFacts: [TokenFacts]
    let triggers: [SentenceMentions.Trigger]

    /// A sentence with two or more mentions: its tokens and its slice of `items`.
    struct Sentence {
        var tokenRange: Range<Int>
        var items: Range<Int>
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
        /// `Lexicons.phraseStartKindsByWord` of the token's word.
        var phraseStarts: UInt16 = 0
        var cue: CueWord?
    }

    init(mentions: [Mention], context: RecognitionContext, entryFacts: EntryFactsTable) {
        assert(entryFacts.lexicons === context.lexicons, "entry facts of the context's lexicons")
        self.context = context
        self.entryFacts = entryFacts
        self.mentions = mentions
        let lexicons = context.lexicons
        var sentences: [Sentence] = []
        var items: [Item] = []
        items.reserveCapacity(mentions.count)
        var mentionCursor = 0
        var inSentence: [Int] = []
        for sentence in context.text.sentences {
            inSentence.removeAll(keepingCapacity: true)
            while mentionCursor < mentions.count, mentions[mentionCursor].tokenRange.lowerBound < sentence.tokenRange.upperBound {
                if mentions[mentionCursor].tokenRange.lowerBound >= sentence.tokenRange.lowerBound { inSentence.append(mentionCursor) }
                mentionCursor += 1
            }
            // No rule relates fewer than two mentions.
            guard inSentence.count >= 2 else { continue }
            let first = items.count
            for index in inSentence { items.append(Self.item(mentions[index], at: index, lexicons: lexicons, entryFacts: entryFacts)) }
            sentences.append(Sentence(tokenRange: sentence.tokenRange, items: first..<items.count))
        }
        var tokenFacts = [TokenFacts](repeating: TokenFacts(), count: context.tokens.count)
        var triggers: [SentenceMentions.Trigger] = []
        let startKinds = lexicons.phraseStartKindsByWord
        let wordIDs = context.wordIDs
        let keys = context.keys
        let cueWords = CueWordTable.shared
        let triggerBit: UInt16 = 1 << UInt16(LexiconKind.relationTrigger.ordinal)
        for sentence in sentences {
            for token in sentence.tokenRange {
                let id = Int(wordIDs[token])
                tokenFacts[token].phraseStarts = id >= 0 && id < startKinds.count ? startKinds[id] : 0
                tokenFacts[token].cue = cueWords.cue(of: keys[token])
            }
            for (position, item) in items[sentence.items].enumerated() {
                for token in item.tokens { tokenFacts[token].owner = Int32(position) }
            }
            for token in sentence.tokenRange where tokenFacts[token].phraseStarts & triggerBit != 0 {
                guard let trigger = Self.trigger(at: token, limit: sentence.tokenRange.upperBound, context: context, entryFacts: entryFacts)
                else { continue }
                tokenFacts[token].trigger = Int32(triggers.count)
                triggers.append(trigger)
            }
        }
        self.sentences = sentences
        self.items = items
        self.tokenFacts = tokenFacts
        self.triggers = triggers
    }

    private static func item(_ mention: Mention, at index: Int, lexicons: Lexicons, entryFacts: EntryFactsTable) -> Item {
        // Persons have rank 0 and are never asked whether they are news outlets.
        let facts = mention.type == .person ? nil : mention.provenance.entry.flatMap { lexicons.entryIndex(id: $0) }.map { entryFacts[$0] }
        return Item(
            documentIndex: index, tokens: mention.tokenRange, type: mention.type, entityIndex: mention.entityIndex,
            // `RegionRank.of`: 0 for other types, 1 for a place the lexicons do not know.
            rank: mention.type == .region ? facts?.regionRank ?? 1 : 0,
            isNewsOutlet: facts?.isNewsOutlet ?? false)
    }

    private static func trigger(at token: Int, limit: Int, context: RecognitionContext, entryFacts: EntryFactsTable) -> SentenceMentions.Trigger? {
        guard let (length, match) = context.longestMatch(.relationTrigger, at: token, limit: limit),
              let type = entryFacts[Int(match.entryIndex)].relation
        else { return nil }
        return SentenceMentions.Trigger(type: type, length: length, entry: context.lexicons.entry(match).id)
    }
}
