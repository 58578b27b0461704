/// What one extraction rule produced, judged against gold: how many of its mentions (or
/// relations) were correct, incorrect (overlapping a gold mention but with another type or
/// other boundaries) and spurious, so the rule's precision is visible.
public struct RuleTally: Sendable, Equatable {
    public var correct = 0
    public var incorrect = 0
    public var spurious = 0

    public init(correct: Int = 0, incorrect: Int = 0, spurious: Int = 0) {
        self.correct = correct
        self.incorrect = incorrect
        self.spurious = spurious
    }

    public var total: Int { correct + incorrect + spurious }

    /// The share of its output that was correct.
    public var precision: Double { total > 0 ? Double(correct) / Double(total) : 0 }

    public static func += (lhs: inout RuleTally, rhs: RuleTally) {
        lhs.correct += rhs.correct
        lhs.incorrect += rhs.incorrect
        lhs.spurious += rhs.spurious
    }

    /// The rule name used when a prediction carries none.
    public static let unnamedRule = "(no rule)"
}
