import GazetteIO

/// One minimum of `--min-f1`: a figure, named by its key, and the F1 it must reach.
///
/// Keys: `entities` (strict micro-F1), `entities-exact`, `entities-partial`, `entities-type`
/// (micro-F1 in those modes), `relations` (mention-level micro-F1), `relations-document`
/// (document-level micro-F1), an entity type such as `PERSON` (its strict F1), or a
/// relation type such as `leader_of` (its mention-level F1).
public struct F1Threshold: Sendable, Equatable {
    public var key: String
    public var minimum: Double

    public init(key: String, minimum: Double) {
        self.key = key
        self.minimum = minimum
    }

    /// Every key `--min-f1` accepts.
    public static var validKeys: [String] {
        HeadlineFigure.allCases.map(\.rawValue) + ["entities-exact", "entities-partial", "entities-type"]
            + AnnotatedDocument.entityTypes.sorted() + AnnotatedDocument.relationTypes.sorted()
    }

    /// A readable name of the figure the key stands for.
    public var figureName: String {
        if let headline = HeadlineFigure(rawValue: key) { return headline.label }
        if key.hasPrefix("entities-") { return "entities \(key.dropFirst("entities-".count)) micro-F1" }
        if AnnotatedDocument.entityTypes.contains(key) { return "\(key) strict F1" }
        return "\(key) relations mention-level F1"
    }

    /// The figure's value in a score; a type that never occurs in gold or predictions has
    /// F1 0 (nothing was found, as nervaluate reports it).
    public func value(in score: CorpusScore) -> Double {
        if let headline = HeadlineFigure(rawValue: key) { return score.f1(of: headline) }
        if key.hasPrefix("entities-"), let mode = EntityMode(rawValue: String(key.dropFirst("entities-".count))) {
            return score.entities.scores(in: mode).f1
        }
        if AnnotatedDocument.entityTypes.contains(key) {
            return score.entitiesByType[key]?.scores(in: .strict).f1 ?? 0
        }
        return score.mentionRelations.byType[key]?.scores.f1 ?? 0
    }
}
