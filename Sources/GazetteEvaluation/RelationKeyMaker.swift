import GazetteIO

/// Turns the relations of one document (gold or predicted) into `RelationKey`s at one
/// level, following score.py: at mention level an argument is its span; at document level
/// it is the gold entity its mention maps to (`documentArgument(for:goldEntities:)`).
public struct RelationKeyMaker: Sendable {
    public let level: RelationLevel
    private let argumentByMentionID: [String: RelationArgument]

    /// - Parameters:
    ///   - document: the document whose relations are keyed.
    ///   - goldEntities: the gold document's entities, which document-level keys map to.
    public init(document: AnnotatedDocument, level: RelationLevel, goldEntities: [AnnotatedDocument.Entity]) {
        self.level = level
        var arguments: [String: RelationArgument] = [:]
        // A later entity with the same id replaces an earlier one, as in score.py's dict.
        for mention in document.entities {
            switch level {
            case .mention: arguments[mention.id] = .span(start: mention.start, end: mention.end)
            case .document: arguments[mention.id] = Self.documentArgument(for: mention, goldEntities: goldEntities)
            }
        }
        argumentByMentionID = arguments
    }

    /// The key of one relation; nil when an argument names no entity (validation reports it).
    public func key(for relation: AnnotatedDocument.Relation) -> RelationKey? {
        guard let head = argumentByMentionID[relation.head], let tail = argumentByMentionID[relation.tail] else { return nil }
        return RelationKey(type: relation.type, head: head, tail: tail)
    }

    /// The set of keys of all relations of a document: duplicates count once.
    public func keys(of relations: [AnnotatedDocument.Relation]) -> Set<RelationKey> {
        Set(relations.compactMap(key(for:)))
    }

    /// The gold entity a mention stands for: that of the first gold mention with the same
    /// span, else of the first gold mention it overlaps that has the same type; a mention
    /// with neither keeps a private key of its own.
    public static func documentArgument(for mention: AnnotatedDocument.Entity, goldEntities: [AnnotatedDocument.Entity]) -> RelationArgument {
        if let same = goldEntities.first(where: { $0.start == mention.start && $0.end == mention.end }) {
            return .entity(CanonicalName(canonical: same.canonical, text: same.text))
        }
        if let overlapping = goldEntities.first(where: { $0.start < mention.end && mention.start < $0.end && $0.type == mention.type }) {
            return .entity(CanonicalName(canonical: overlapping.canonical, text: overlapping.text))
        }
        return .unmatched(mentionID: mention.id)
    }
}
