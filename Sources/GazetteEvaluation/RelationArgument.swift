/// One side of a relation as relation scoring sees it.
public enum RelationArgument: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Mention level: the argument mention's code-point span.
    case span(start: Int, end: Int)
    /// Document level: the gold entity the argument mention maps to.
    case entity(CanonicalName)
    /// Document level: a predicted mention that maps to no gold entity, kept apart by its id
    /// so that it can never match gold.
    case unmatched(mentionID: String)

    /// A fixed total order, used only to put the two arguments of a symmetric relation in
    /// one canonical order (any total order gives the same matches).
    public static func < (lhs: RelationArgument, rhs: RelationArgument) -> Bool {
        switch (lhs, rhs) {
        case let (.span(leftStart, leftEnd), .span(rightStart, rightEnd)):
            return (leftStart, leftEnd) < (rightStart, rightEnd)
        case let (.entity(left), .entity(right)): return left < right
        case let (.unmatched(left), .unmatched(right)): return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        default: return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .span: return 0
        case .entity: return 1
        case .unmatched: return 2
        }
    }

    public var description: String {
        switch self {
        case let .span(start, end): return "[\(start), \(end))"
        case let .entity(name): return "'\(name)'"
        case let .unmatched(mentionID): return "\(mentionID) (no gold entity)"
        }
    }
}
