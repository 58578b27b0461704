import GazetteIO

/// Documents read from one or more files, with every problem found on the way: errors
/// (the set must not be scored) and warnings (it can be, but the user should know).
public struct DocumentSet: Sendable {
    public var documents: [AnnotatedDocument] = []
    public var errors: [RecordError] = []
    public var warnings: [RecordError] = []
    /// The files read, in order.
    public var sources: [String] = []

    public init() {}

    /// The documents by id; where an id repeats, the last one (as score.py's dict does).
    public var byID: [String: AnnotatedDocument] {
        Dictionary(documents.map { ($0.id, $0) }) { _, last in last }
    }
}
