extension RelationType {
    /// Position of the type in `allCases`, for per-type arrays (hashing a `RelationType`
    /// hashes its raw string).
    var ordinal: Int {
        switch self {
        case .leaderOf: 0
        case .partOf: 1
        case .locatedIn: 2
        case .produces: 3
        case .meets: 4
        case .visited: 5
        case .cooperatesWith: 6
        }
    }
}
