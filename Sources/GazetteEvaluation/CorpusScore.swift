/// Figures over all documents: entity counts micro-averaged (summed over documents, as
/// nervaluate sums them), per type and macro-averaged over types; relation counts at both
/// levels, micro and per type.
public struct CorpusScore: Sendable {
    public var entities = EntityModeCounts()
    public var entitiesByType: [String: EntityModeCounts] = [:]
    public var mentionRelations = RelationScore(level: .mention)
    public var documentRelations = RelationScore(level: .document)

    public init(documents: [DocumentScore]) {
        for document in documents {
            entities += document.entities
            for (type, counts) in document.entitiesByType { entitiesByType[type, default: EntityModeCounts()] += counts }
            mentionRelations.add(document.mentionRelations)
            documentRelations.add(document.documentRelations)
        }
    }

    public func relations(at level: RelationLevel) -> RelationScore {
        level == .mention ? mentionRelations : documentRelations
    }

    /// The entity types seen, sorted.
    public var entityTypes: [String] { entitiesByType.keys.sorted() }

    /// The mean of the per-type precision, recall and F1 in one mode, over the types seen in
    /// gold or predictions.
    public func macroScores(in mode: EntityMode) -> Scores {
        Scores.mean(entityTypes.compactMap { entitiesByType[$0]?.scores(in: mode) })
    }

    /// One of the headline F1 figures.
    public func f1(of figure: HeadlineFigure) -> Double {
        switch figure {
        case .entities: return entities.scores(in: .strict).f1
        case .relations: return mentionRelations.micro.scores.f1
        case .relationsDocument: return documentRelations.micro.scores.f1
        }
    }
}
