/// The counts of all four entity modes for one set of mentions (a document, a type, a corpus).
public struct EntityModeCounts: Sendable, Equatable {
    public var strict = EntityCounts()
    public var exact = EntityCounts()
    public var partial = EntityCounts()
    public var type = EntityCounts()

    public init() {}

    public subscript(mode: EntityMode) -> EntityCounts {
        get {
            switch mode {
            case .strict: return strict
            case .exact: return exact
            case .partial: return partial
            case .type: return type
            }
        }
        set {
            switch mode {
            case .strict: strict = newValue
            case .exact: exact = newValue
            case .partial: partial = newValue
            case .type: type = newValue
            }
        }
    }

    public func scores(in mode: EntityMode) -> Scores { self[mode].scores(in: mode) }

    public static func += (lhs: inout EntityModeCounts, rhs: EntityModeCounts) {
        for mode in EntityMode.allCases { lhs[mode] += rhs[mode] }
    }
}
