import GazetteIO

/// Everything measured on one gold document: entity counts in the four modes (overall and
/// per type), relation matches at both levels, the errors, and what each rule produced.
public struct DocumentScore: Sendable {
    public var id: String
    /// Whether the predictions had a document with this id (one without is all misses).
    public var hasPrediction: Bool
    public var goldMentions: [LabelledSpan]
    public var predictedMentions: [LabelledSpan]
    public var entities: EntityModeCounts
    /// nervaluate's per-type figures: both sides filtered to the type, then matched.
    public var entitiesByType: [String: EntityModeCounts]
    /// The strict matching, which errors, rules and regression views are read from.
    public var strictMatching: EntityMatching
    public var mentionRelations: RelationMatching
    public var documentRelations: RelationMatching
    public var mentionErrors: [MentionError]
    public var relationErrors: [RelationError]
    public var entityRules: [String: RuleTally]
    public var relationRules: [String: RuleTally]

    public func relations(at level: RelationLevel) -> RelationMatching {
        level == .mention ? mentionRelations : documentRelations
    }

    /// Gold mentions strictly matched by a prediction, by index.
    public var strictlyFoundGold: Set<Int> {
        Set(strictMatching.outcomes.compactMap { if case let .correct(gold) = $0 { return gold } else { return nil } })
    }

    /// Predicted mentions that strict matching did not accept (INC or SPU).
    public var strictFalsePositives: Set<LabelledSpan> {
        Set(zip(predictedMentions, strictMatching.outcomes).compactMap { mention, outcome in
            if case .correct = outcome { return nil }
            return mention
        })
    }
}
