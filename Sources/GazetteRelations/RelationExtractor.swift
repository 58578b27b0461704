import GazetteRecognition

/// The relation stage: runs every relation rule on each sentence's mentions and keeps one
/// relation per (type, head, tail), symmetric types in either order.
public struct RelationExtractor: Sendable {
    /// Run in this order: `TriggerRule` reads the part_of and located_in relations the
    /// earlier rules found, to leave containers out of cooperation and production.
    public let rules: [any RelationRule]
    private let lexiconCache = RelationLexiconCache()
    /// `rules`, each as a closure over the concrete rule: calling one costs a retain, where
    /// calling an existential from the array copies and destroys it.
    private let proposers: [Proposer]
    private typealias Proposer = @Sendable (SentenceMentions, inout [Relation]) -> Void

    /// Whether `rules` are the ones `proposeByDefaultRules` calls directly, without a
    /// closure call per rule and sentence.
    let runsDefaultRules: Bool

    public init(rules: [any RelationRule] = RelationExtractor.defaultRules) {
        self.rules = rules
        proposers = rules.map { Self.proposer(of: $0) }
        runsDefaultRules = rules.map { ObjectIdentifier(type(of: $0)) } == Self.directlyCalledRuleTypes
    }

    /// The rule types `proposeByDefaultRules` calls, in its order: those of `defaultRules`.
    private static let directlyCalledRuleTypes: [ObjectIdentifier] = defaultRules.map { ObjectIdentifier(type(of: $0)) }

    /// The rules of `defaultRules`, in order, called directly. Each is a
    /// stateless value (its only property a constant name), so a fresh one behaves as
    /// the one in `rules`.
    @inline(__always)
    private static func proposeByDefaultRules(in sentence: SentenceMentions, into relations: inout [Relation]) {
        PossessiveRule().propose(in: sentence, into: &relations)
        ContainmentRule().propose(in: sentence, into: &relations)
        SiteRule().propose(in: sentence, into: &relations)
        LeaderRule().propose(in: sentence, into: &relations)
        ProductModifierRule().propose(in: sentence, into: &relations)
        ProductOfMakerRule().propose(in: sentence, into: &relations)
        TriggerRule().propose(in: sentence, into: &relations)
    }

    private static func proposer(of rule: some RelationRule) -> Proposer {
        { sentence, relations in rule.propose(in: sentence, into: &relations) }
    }

    public static let defaultRules: [any RelationRule] = [
        PossessiveRule(), ContainmentRule(), SiteRule(), LeaderRule(), ProductModifierRule(), ProductOfMakerRule(), TriggerRule(),
    ]

    public func extract(from mentions: [Mention], context: RecognitionContext) -> [Relation] {
        let document = DocumentMentions(mentions: mentions, context: context, relationLexicon: lexiconCache.lexicon(for: context.lexicons))
        var relations: [Relation] = []
        // Usually enough for the document: about one relation per mention in a sentence with others.
        relations.reserveCapacity(document.items.count)
        var seen = SmallSet<RelationKey>()
        var escapedSentence = false
        proposers.withUnsafeBufferPointer { proposers in
            for sentence in document.sentences {
                let view = SentenceMentions(document: document, sentence: sentence, firstRelation: relations.count)
                if runsDefaultRules {
                    Self.proposeByDefaultRules(in: view, into: &relations)
                } else {
                    for index in proposers.indices { proposers[index](view, &relations) }
                }
                if !escapedSentence {
                    escapedSentence = !Self.removeDuplicates(in: &relations, from: view.firstRelation, of: view, seen: &seen)
                }
            }
        }
        // A rule relating mentions of two sentences (no built-in one does) may repeat a
        // relation of another sentence.
        return escapedSentence ? Self.deduplicated(relations) : relations
    }

    /// Removes the relations from `start` on that repeat an earlier one from `start` on, when
    /// all of them relate mentions of `sentence`: then no relation before `start` can be
    /// repeated, as those relate other mentions. Returns false, removing nothing, otherwise.
    private static func removeDuplicates(
        in relations: inout [Relation], from start: Int, of sentence: SentenceMentions, seen: inout SmallSet<RelationKey>
    ) -> Bool {
        guard relations.count - start >= 2 else {
            return relations.count == start || sentence.containsDocumentIndex(relations[start].head)
                && sentence.containsDocumentIndex(relations[start].tail)
        }
        seen.removeAll()
        var duplicates: [Int] = []
        let inSentence = relations.withUnsafeBufferPointer { relations -> Bool in
            for index in start..<relations.count {
                guard sentence.containsDocumentIndex(relations[index].head), sentence.containsDocumentIndex(relations[index].tail)
                else { return false }
                let key = RelationKey(type: relations[index].type, head: relations[index].head, tail: relations[index].tail)
                if !seen.insert(key) { duplicates.append(index) }
            }
            return true
        }
        guard inSentence else { return false }
        // Usually nothing is repeated.
        for index in duplicates.reversed() { relations.remove(at: index) }
        return true
    }

    private static func deduplicated(_ relations: [Relation]) -> [Relation] {
        var seen = SmallSet<RelationKey>()
        var kept: [Relation] = []
        kept.reserveCapacity(relations.count)
        for relation in relations where seen.insert(RelationKey(type: relation.type, head: relation.head, tail: relation.tail)) {
            kept.append(relation)
        }
        return kept
    }
}
