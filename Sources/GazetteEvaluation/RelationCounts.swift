/// True positives, false positives and false negatives of relation matching.
public struct RelationCounts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var scores: Scores {
        Scores(
            credit: Double(truePositives), predicted: truePositives + falsePositives,
            expected: truePositives + falseNegatives)
    }

    public static func + (lhs: RelationCounts, rhs: RelationCounts) -> RelationCounts {
        RelationCounts(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    public static func += (lhs: inout RelationCounts, rhs: RelationCounts) { lhs = lhs + rhs }
}
