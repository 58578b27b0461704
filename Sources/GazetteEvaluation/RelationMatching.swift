/// The relations of one document at one level, split into matched (tp), predicted only
/// (fp) and gold only (fn), each sorted.
public struct RelationMatching: Sendable, Equatable {
    public var level: RelationLevel
    public var truePositives: [RelationKey]
    public var falsePositives: [RelationKey]
    public var falseNegatives: [RelationKey]

    public init(level: RelationLevel, gold: Set<RelationKey>, predicted: Set<RelationKey>) {
        self.level = level
        truePositives = gold.intersection(predicted).sorted()
        falsePositives = predicted.subtracting(gold).sorted()
        falseNegatives = gold.subtracting(predicted).sorted()
    }

    public var counts: RelationCounts {
        RelationCounts(truePositives: truePositives.count, falsePositives: falsePositives.count, falseNegatives: falseNegatives.count)
    }

    /// Counts per relation type.
    public var countsByType: [String: RelationCounts] {
        var byType: [String: RelationCounts] = [:]
        for key in truePositives { byType[key.type, default: RelationCounts()].truePositives += 1 }
        for key in falsePositives { byType[key.type, default: RelationCounts()].falsePositives += 1 }
        for key in falseNegatives { byType[key.type, default: RelationCounts()].falseNegatives += 1 }
        return byType
    }
}
