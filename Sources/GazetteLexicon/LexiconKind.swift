/// What a lexicon entry is: an entity type, or one of the cue lists that rules read.
public enum LexiconKind: String, CaseIterable, Sendable {
    // Entity types (ANNOTATION.md §1).
    case person = "PERSON"
    case region = "REGION"
    case enterprise = "ENTERPRISE"
    case product = "PRODUCT"
    // Cue lists.
    case givenName = "GIVEN_NAME"
    case title = "TITLE"
    case regionType = "REGION_TYPE"
    case legalForm = "LEGAL_FORM"
    case enterpriseHead = "ENTERPRISE_HEAD"
    case enterpriseDescriptor = "ENTERPRISE_DESCRIPTOR"
    case productHead = "PRODUCT_HEAD"
    case productModifier = "PRODUCT_MODIFIER"
    case abbreviation = "ABBREVIATION"
    /// Words that state a relation ("met with", "manufacture", "joint venture"); the
    /// `relation` attribute names the relation type.
    case relationTrigger = "RELATION_TRIGGER"

    /// Position of the kind in `allCases`, for per-kind arrays and bit masks.
    @inlinable
    public var ordinal: Int {
        switch self {
        case .person: return 0
        case .region: return 1
        case .enterprise: return 2
        case .product: return 3
        case .givenName: return 4
        case .title: return 5
        case .regionType: return 6
        case .legalForm: return 7
        case .enterpriseHead: return 8
        case .enterpriseDescriptor: return 9
        case .productHead: return 10
        case .productModifier: return 11
        case .abbreviation: return 12
        case .relationTrigger: return 13
        }
    }

    /// Entity kinds are names: their capitalised alias words must be capitalised in text.
    public var isName: Bool {
        switch self {
        case .person, .region, .enterprise, .givenName: return true
        default: return false
        }
    }
}
