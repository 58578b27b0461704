import GazetteIO

/// A document as read, with the source line of each annotation where the format has one
/// line per annotation (brat), so that problems name the exact line.
public struct LocatedDocument: Sendable {
    public var document: AnnotatedDocument
    public var entityLines: [Int]
    public var relationLines: [Int]

    public init(document: AnnotatedDocument, entityLines: [Int] = [], relationLines: [Int] = []) {
        self.document = document
        self.entityLines = entityLines
        self.relationLines = relationLines
    }
}
