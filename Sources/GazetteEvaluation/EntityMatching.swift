/// The result of matching one document's predicted mentions to its gold mentions in one
/// mode: an outcome per prediction, the gold mentions left unmatched, and the counts.
public struct EntityMatching: Sendable, Equatable {
    /// One outcome per predicted mention, in prediction order.
    public var outcomes: [PredictionOutcome]
    /// Indices of gold mentions no prediction was matched with (MIS), ascending.
    public var missed: [Int]

    public init(outcomes: [PredictionOutcome], missed: [Int]) {
        self.outcomes = outcomes
        self.missed = missed
    }

    public var counts: EntityCounts {
        var counts = EntityCounts(missed: missed.count)
        for outcome in outcomes {
            switch outcome {
            case .correct: counts.correct += 1
            case .incorrect: counts.incorrect += 1
            case .partial: counts.partial += 1
            case .spurious: counts.spurious += 1
            }
        }
        return counts
    }
}
