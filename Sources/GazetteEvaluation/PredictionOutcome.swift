/// What became of one predicted mention in one entity mode.
public enum PredictionOutcome: Sendable, Equatable {
    /// Counted COR against the gold mention at this index.
    case correct(gold: Int)
    /// Counted INC against the gold mention at this index (wrong type, or boundaries that
    /// only overlap, depending on the mode).
    case incorrect(gold: Int)
    /// Counted PAR against the gold mention at this index (partial mode only).
    case partial(gold: Int)
    /// Counted SPU: no unused gold mention overlapped it.
    case spurious

    /// The gold mention it was matched with, if any.
    public var goldIndex: Int? {
        switch self {
        case let .correct(gold), let .incorrect(gold), let .partial(gold): return gold
        case .spurious: return nil
        }
    }
}
