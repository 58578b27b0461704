import GazetteRecognition

extension EntityType {
    /// `","type":"PERSON"`: the quote closing the entity's id, then its type member, whose
    /// value is `rawValue` (no escaping needed), written as one literal rather than from a
    /// `String`.
    var jsonTypeMember: StaticString {
        switch self {
        case .person: #"","type":"PERSON""#
        case .region: #"","type":"REGION""#
        case .enterprise: #"","type":"ENTERPRISE""#
        case .product: #"","type":"PRODUCT""#
        }
    }
}
