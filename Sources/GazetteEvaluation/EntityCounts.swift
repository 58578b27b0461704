/// The SemEval-2013 counts of one entity mode: correct (COR), incorrect (INC), partial
/// (PAR), missed (MIS) and spurious (SPU).
public struct EntityCounts: Sendable, Equatable {
    public var correct = 0
    public var incorrect = 0
    public var partial = 0
    public var missed = 0
    public var spurious = 0

    public init(correct: Int = 0, incorrect: Int = 0, partial: Int = 0, missed: Int = 0, spurious: Int = 0) {
        self.correct = correct
        self.incorrect = incorrect
        self.partial = partial
        self.missed = missed
        self.spurious = spurious
    }

    /// POS: gold mentions (COR + INC + PAR + MIS).
    public var possible: Int { correct + incorrect + partial + missed }
    /// ACT: predicted mentions (COR + INC + PAR + SPU).
    public var actual: Int { correct + incorrect + partial + spurious }

    /// P = credit / ACT, R = credit / POS, where credit is COR, plus PAR / 2 in the partial
    /// and type modes.
    public func scores(in mode: EntityMode) -> Scores {
        let credit = Double(correct) + (mode.creditsHalfForPartial ? 0.5 * Double(partial) : 0)
        return Scores(credit: credit, predicted: actual, expected: possible)
    }

    public static func + (lhs: EntityCounts, rhs: EntityCounts) -> EntityCounts {
        EntityCounts(
            correct: lhs.correct + rhs.correct, incorrect: lhs.incorrect + rhs.incorrect, partial: lhs.partial + rhs.partial,
            missed: lhs.missed + rhs.missed, spurious: lhs.spurious + rhs.spurious)
    }

    public static func += (lhs: inout EntityCounts, rhs: EntityCounts) { lhs = lhs + rhs }
}
