import GazetteLexicon
import GazetteText

/// The recognition stage: pattern and lexicon rules propose candidates per sentence, the
/// `OverlapPolicy` picks among them, then title and short-form links add the persons and
/// short names that need the first pass's results, and `CanonicalNames` names entities.
///
/// Every pass works on `MentionCandidate`s (integers only); the survivors become
/// `Mention`s, with their rule's name and entry id, once at the end.
public struct Recognizer: Sendable {
    public let rules: [any MentionRule]
    /// The rules' names as ids, with the later passes' names and the priorities.
    public let ruleNames: RuleNames
    private let ruleIDs: [RuleID]

    public init(rules: [any MentionRule] = Recognizer.defaultRules) {
        self.rules = rules
        self.ruleNames = RuleNames(rules: rules)
        self.ruleIDs = ruleNames.ids(of: rules)
    }

    public static let defaultRules: [any MentionRule] = [
        LexiconMatchRule(), LegalFormRule(), EnterpriseNameRule(), RegionTypeWordRule(), ModelCodeRule(),
        GivenNameRule(), EnterpriseDescriptorRule(), ProductKindRule(), BrandedProductRule(), EnterpriseNameShapeRule(),
    ]

    public func recognize(_ context: RecognitionContext) -> [Mention] {
        // Rule by rule over the sentences: candidates of one sentence keep their relative
        // order (rule order, then each rule's own), and no two sentences' candidates share
        // a start, so `OverlapPolicy` orders them exactly as sentence by sentence.
        var candidates = MentionCandidates(capacity: context.tokens.count / 4)
        let sentenceFacts = context.tokenSets.sentenceFacts
        for (rule, id) in zip(rules, ruleIDs) {
            candidates.rule = id
            rule.propose(in: context, sentenceFacts: sentenceFacts, into: &candidates)
        }
        var mentions = OverlapPolicy.resolve(candidates.items, rules: ruleNames)
        mentions = dropKindWordsAfterNamedProducts(mentions)
        mentions = NamedProductAfterKindRule(rule: ruleNames.productNameAfterKind, productKind: ruleNames.productKind)
            .apply(in: context, mentions: mentions)
        mentions += ParenthesizedAliasRule(rule: ruleNames.parenthesizedAlias).propose(in: context, mentions: mentions)
        mentions.sort { $0.start < $1.start }
        mentions += TitledPersonRule(rule: ruleNames.titledPerson).propose(in: context, mentions: mentions)
        mentions = MentionPropagation(rules: ruleNames).propagate(in: context, mentions: mentions)
        mentions.sort { $0.start < $1.start }
        let (entityOfMention, canonical) = CanonicalNames.assign(mentions, context: context, lexiconRule: ruleNames.lexicon)
        let result = makeMentions(mentions, entityOfMention: entityOfMention, canonical: canonical, context: context)
        checkInvariants(result, context: context)
        return result
    }

    /// "MC-21 aircraft", "the multi-purpose aircraft Osvei": the kind word next to a named
    /// product, before or after it, is not labelled again (ANNOTATION.md §1 PRODUCT).
    private func dropKindWordsAfterNamedProducts(_ mentions: [MentionCandidate]) -> [MentionCandidate] {
        guard let productKind = ruleNames.productKind else { return mentions }
        func isNamedProduct(_ mention: MentionCandidate) -> Bool { mention.type == .product && mention.rule != productKind }
        var kept: [MentionCandidate] = []
        kept.reserveCapacity(mentions.count)
        for index in mentions.indices {
            let mention = mentions[index]
            if mention.rule == productKind {
                if index > 0, isNamedProduct(mentions[index - 1]), mentions[index - 1].end == mention.start { continue }
                if index + 1 < mentions.count, isNamedProduct(mentions[index + 1]), mentions[index + 1].start == mention.end { continue }
            }
            kept.append(mention)
        }
        return kept
    }

    /// The public mentions: spans, rule names, entry ids and canonical names filled in.
    private func makeMentions(
        _ candidates: [MentionCandidate], entityOfMention: [Int], canonical: [String], context: RecognitionContext
    ) -> [Mention] {
        let entries = context.lexicons.entries
        // Built in place: appending would copy each mention and release the original. The
        // later fields are stored into the placed mention: a whole `Mention` value with its
        // optional `canonical` given is built in a temporary, copied (three retains) and
        // destroyed (three releases) by the optimizer as it stands.
        return [Mention](unsafeUninitializedCapacity: candidates.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            for (position, candidate) in candidates.enumerated() {
                let range = candidate.tokenRange
                let entity = entityOfMention[position]
                let entry = candidate.hasEntry ? entries[Int(candidate.entry)].id : nil
                let slot = base + position
                slot.initialize(to: Mention(
                    type: candidate.type, tokenRange: range, span: context.text.span(ofTokens: range),
                    provenance: Provenance(rule: ruleNames.name(candidate.rule), entry: entry)))
                slot.pointee.canonical = canonical[entity]
                slot.pointee.entityIndex = entity
                slot.pointee.lexiconEntryIndex = candidate.hasEntry ? Int(candidate.entry) : nil
                initialized = position + 1
            }
        }
    }

    private func checkInvariants(_ mentions: [Mention], context: RecognitionContext) {
        #if DEBUG
        // The rules' id tests rely on equal keys having equal ids.
        for (key, id) in zip(context.keys, context.wordIDs) {
            assert(context.lexicons.vocabulary.id(forKey: key) == id, "word id of '\(key)' is not its vocabulary id")
        }
        var previousEnd = 0
        for mention in mentions {
            assert(mention.span.start >= previousEnd, "mentions overlap or are unsorted at \(mention.span)")
            assert(mention.span.end <= context.text.scalarCount, "mention out of bounds")
            previousEnd = mention.span.end
        }
        #endif
    }
}
