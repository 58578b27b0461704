import GazetteLexicon
import GazetteText

/// The recognition stage: pattern and lexicon rules propose candidates per sentence, the
/// `OverlapPolicy` picks among them, then title and short-form links add the persons and
/// short names that need the first pass's results, and `CanonicalNames` names entities.
public struct Recognizer: Sendable {
    public let rules: [any MentionRule]
    private let priorities: [String: Int]

    public init(rules: [any MentionRule] = Recognizer.defaultRules) {
        self.rules = rules
        self.priorities = Dictionary(rules.map { ($0.name, $0.priority) }, uniquingKeysWith: min)
    }

    public static let defaultRules: [any MentionRule] = [
        LexiconMatchRule(), LegalFormRule(), EnterpriseNameRule(), RegionTypeWordRule(), ModelCodeRule(),
        GivenNameRule(), EnterpriseDescriptorRule(), ProductKindRule(), BrandedProductRule(),
    ]

    public func recognize(_ context: RecognitionContext) -> [Mention] {
        var candidates: [Mention] = []
        for sentence in context.text.sentences {
            for rule in rules { rule.propose(in: context, sentence: sentence.tokenRange, into: &candidates) }
        }
        var mentions = OverlapPolicy.resolve(candidates, priorities: priorities)
        mentions = dropKindWordsAfterNamedProducts(mentions, context: context)
        mentions = NamedProductAfterKindRule().apply(in: context, mentions: mentions)
        mentions += ParenthesizedAliasRule().propose(in: context, mentions: mentions)
        mentions.sort { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
        mentions += TitledPersonRule().propose(in: context, mentions: mentions)
        mentions = MentionPropagation().propagate(in: context, mentions: mentions)
        mentions.sort { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
        CanonicalNames.assign(&mentions, context: context)
        checkInvariants(mentions, context: context)
        return mentions
    }

    /// "MC-21 aircraft", "the multi-purpose aircraft Osvei": the kind word next to a named
    /// product, before or after it, is not labelled again (ANNOTATION.md §1 PRODUCT).
    private func dropKindWordsAfterNamedProducts(_ mentions: [Mention], context: RecognitionContext) -> [Mention] {
        func isNamedProduct(_ mention: Mention) -> Bool { mention.type == .product && mention.provenance.rule != "product-kind" }
        return mentions.indices.compactMap { index in
            let mention = mentions[index]
            guard mention.provenance.rule == "product-kind" else { return mention }
            if index > 0, isNamedProduct(mentions[index - 1]),
               mentions[index - 1].tokenRange.upperBound == mention.tokenRange.lowerBound { return nil }
            if index + 1 < mentions.count, isNamedProduct(mentions[index + 1]),
               mentions[index + 1].tokenRange.lowerBound == mention.tokenRange.upperBound { return nil }
            return mention
        }
    }

    private func checkInvariants(_ mentions: [Mention], context: RecognitionContext) {
        #if DEBUG
        var previousEnd = 0
        for mention in mentions {
            assert(mention.span.start >= previousEnd, "mentions overlap or are unsorted at \(mention.span)")
            assert(mention.span.end <= context.text.scalarCount, "mention out of bounds")
            previousEnd = mention.span.end
        }
        #endif
    }
}
