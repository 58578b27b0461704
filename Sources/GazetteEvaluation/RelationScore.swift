/// Relation counts at one level over several documents: micro and per relation type.
public struct RelationScore: Sendable, Equatable {
    public var level: RelationLevel
    public var micro = RelationCounts()
    public var byType: [String: RelationCounts] = [:]

    public init(level: RelationLevel) { self.level = level }

    public mutating func add(_ matching: RelationMatching) {
        micro += matching.counts
        for (type, counts) in matching.countsByType { byType[type, default: RelationCounts()] += counts }
    }
}
