/// The figures a run is summed up by, each with a bootstrap confidence interval; their raw
/// values are the keys of `--min-f1`.
public enum HeadlineFigure: String, CaseIterable, Sendable {
    /// Strict micro-F1 over entity mentions.
    case entities
    /// Mention-level relation micro-F1.
    case relations
    /// Document-level relation micro-F1.
    case relationsDocument = "relations-document"

    public var label: String {
        switch self {
        case .entities: return "entities strict micro-F1"
        case .relations: return "relations mention-level F1"
        case .relationsDocument: return "relations document-level F1"
        }
    }
}
