import GazetteRelations

extension RelationType {
    /// `"type":"leader_of"`: the relation object's first member, its value being `rawValue`
    /// (which needs no escaping), written as one literal rather than from a `String`.
    var jsonTypeMember: StaticString {
        switch self {
        case .leaderOf: #""type":"leader_of""#
        case .partOf: #""type":"part_of""#
        case .locatedIn: #""type":"located_in""#
        case .produces: #""type":"produces""#
        case .meets: #""type":"meets""#
        case .visited: #""type":"visited""#
        case .cooperatesWith: #""type":"cooperates_with""#
        }
    }
}
