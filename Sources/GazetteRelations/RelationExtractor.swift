import GazetteRecognition

/// The relation stage: runs every relation rule on each sentence's mentions and keeps one
/// relation per (type, head, tail), symmetric types in either order.
public struct RelationExtractor: Sendable {
    /// Run in this order: `TriggerRule` reads the part_of and located_in relations the
    /// earlier rules found, to leave containers out of cooperation and production.
    public let rules: [any RelationRule]
    private let lexiconCache = RelationLexiconCache()

    public init(rules: [any RelationRule] = RelationExtractor.defaultRules) {
        self.rules = rules
    }

    public static let defaultRules: [any RelationRule] = [
        PossessiveRule(), ContainmentRule(), SiteRule(), LeaderRule(), ProductModifierRule(), ProductOfMakerRule(), TriggerRule(),
    ]

    public func extract(from mentions: [Mention], context: RecognitionContext) -> [Relation] {
        let document = DocumentMentions(mentions: mentions, context: context, relationLexicon: lexiconCache.lexicon(for: context.lexicons))
        var relations: [Relation] = []
        for sentence in document.sentences {
            let view = SentenceMentions(document: document, sentence: sentence)
            for rule in rules { rule.propose(in: view, into: &relations) }
        }
        return deduplicated(relations)
    }

    private func deduplicated(_ relations: [Relation]) -> [Relation] {
        struct Key: Hashable {
            var type: Int
            var first: Int
            var second: Int
        }
        var seen = SmallSet<Key>()
        var duplicates: [Int] = []
        for (index, relation) in relations.enumerated() {
            let (head, tail) = relation.type.isSymmetric && relation.tail < relation.head
                ? (relation.tail, relation.head) : (relation.head, relation.tail)
            if !seen.insert(Key(type: relation.type.ordinal, first: head, second: tail)) { duplicates.append(index) }
        }
        // Usually nothing is repeated, and the array is returned as it is.
        guard !duplicates.isEmpty else { return relations }
        var kept: [Relation] = []
        kept.reserveCapacity(relations.count - duplicates.count)
        var next = 0
        for (index, relation) in relations.enumerated() {
            if next < duplicates.count, duplicates[next] == index { next += 1; continue }
            kept.append(relation)
        }
        return kept
    }
}
