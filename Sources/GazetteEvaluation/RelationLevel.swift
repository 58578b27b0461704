/// The two levels relations are scored at (ANNOTATION.md §5).
public enum RelationLevel: String, CaseIterable, Sendable {
    /// Type and both argument spans must equal a gold relation's.
    case mention
    /// Type and both arguments' gold entities must equal a gold relation's; duplicates
    /// within a document count once.
    case document
}
