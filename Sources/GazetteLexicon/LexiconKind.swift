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

    /// Entity kinds are names: their capitalised alias words must be capitalised in text.
    public var isName: Bool {
        switch self {
        case .person, .region, .enterprise, .givenName: return true
        default: return false
        }
    }
}
