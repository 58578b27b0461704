/// Counts of mentions by entity type and of relations by relation type: the figures of a
/// summary, for one article or, added up, for a whole run.
public struct ExtractionTally: Sendable, Equatable {
    /// Mentions per entity type; a type with none is absent.
    public private(set) var entities: [EntityType: Int] = [:]
    /// Relations per relation type; a type with none is absent.
    public private(set) var relations: [RelationType: Int] = [:]

    /// An empty tally.
    public init() {}

    /// The counts of one article.
    public init(_ extraction: Extraction) {
        for mention in extraction.mentions { entities[mention.type, default: 0] += 1 }
        for relation in extraction.relations { relations[relation.type, default: 0] += 1 }
    }

    /// All mentions counted.
    public var mentionCount: Int { entities.values.reduce(0, +) }

    /// All relations counted.
    public var relationCount: Int { relations.values.reduce(0, +) }

    /// Adds another tally's counts to this one.
    public mutating func add(_ other: ExtractionTally) {
        for (type, count) in other.entities { entities[type, default: 0] += count }
        for (type, count) in other.relations { relations[type, default: 0] += count }
    }
}
