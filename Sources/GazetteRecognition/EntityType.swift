/// The four entity types of ANNOTATION.md §1.
public enum EntityType: String, CaseIterable, Codable, Sendable {
    case person = "PERSON"
    case region = "REGION"
    case enterprise = "ENTERPRISE"
    case product = "PRODUCT"
}
