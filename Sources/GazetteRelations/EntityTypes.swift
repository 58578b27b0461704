import GazetteRecognition

/// A set of entity types as four bits: which types a sentence has mentions of, so a rule
/// that relates types the sentence lacks returns before looping over its mentions.
struct EntityTypes: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ type: EntityType) {
        rawValue = switch type {
        case .person: 1
        case .region: 2
        case .enterprise: 4
        case .product: 8
        }
    }

    static let person = EntityTypes(.person)
    static let region = EntityTypes(.region)
    static let enterprise = EntityTypes(.enterprise)
    static let product = EntityTypes(.product)
}
