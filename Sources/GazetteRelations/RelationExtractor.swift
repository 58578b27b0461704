import GazetteRecognition

/// The relation stage: runs every relation rule on each sentence's mentions and keeps one
/// relation per (type, head, tail), symmetric types in either order.
public struct RelationExtractor: Sendable {
    /// Run in this order: `TriggerRule` reads the part_of and located_in relations the
    /// earlier rules found, to leave containers out of cooperation and production.
    public let rules: [any RelationRule]

    public init(rules: [any RelationRule] = RelationExtractor.defaultRules) {
        self.rules = rules
    }

    public static let defaultRules: [any RelationRule] = [
        PossessiveRule(), ContainmentRule(), SiteRule(), LeaderRule(), ProductModifierRule(), ProductOfMakerRule(), TriggerRule(),
    ]

    public func extract(from mentions: [Mention], context: RecognitionContext) -> [Relation] {
        var relations: [Relation] = []
        var mentionCursor = 0
        for sentence in context.text.sentences {
            var inSentence: [(Int, Mention)] = []
            while mentionCursor < mentions.count, mentions[mentionCursor].tokenRange.lowerBound < sentence.tokenRange.upperBound {
                if mentions[mentionCursor].tokenRange.lowerBound >= sentence.tokenRange.lowerBound {
                    inSentence.append((mentionCursor, mentions[mentionCursor]))
                }
                mentionCursor += 1
            }
            guard inSentence.count >= 2 else { continue }
            let view = SentenceMentions(context: context, tokenRange: sentence.tokenRange, mentions: inSentence)
            for rule in rules { rule.propose(in: view, into: &relations) }
        }
        return deduplicated(relations)
    }

    private func deduplicated(_ relations: [Relation]) -> [Relation] {
        struct Key: Hashable {
            var type: RelationType
            var first: Int
            var second: Int
        }
        var seen = Set<Key>()
        return relations.filter { relation in
            let (head, tail) = relation.type.isSymmetric && relation.tail < relation.head
                ? (relation.tail, relation.head) : (relation.head, relation.tail)
            return seen.insert(Key(type: relation.type, first: head, second: tail)).inserted
        }
    }
}
