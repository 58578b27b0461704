/// One relation that was predicted but is not in gold (false positive) or the reverse, at
/// one level, with the texts of its arguments and the sentence around them.
public struct RelationError: Sendable, Equatable {
    public var documentID: String
    public var level: RelationLevel
    public var side: ErrorSide
    public var key: RelationKey
    /// The arguments as text: the mention texts at mention level, the entity names (or the
    /// unmatched mention's text) at document level.
    public var headText: String
    public var tailText: String
    /// The rules of the predicted relations with this key (false positives).
    public var rules: [String]
    /// The sentence around both arguments, marked `[[…]]` (mention level; empty at document
    /// level, where the entities may be mentioned anywhere).
    public var context: String

    public init(
        documentID: String, level: RelationLevel, side: ErrorSide, key: RelationKey, headText: String, tailText: String,
        rules: [String] = [], context: String = ""
    ) {
        self.documentID = documentID
        self.level = level
        self.side = side
        self.key = key
        self.headText = headText
        self.tailText = tailText
        self.rules = rules
        self.context = context
    }

    /// "leader_of('Aleksandr Lukashenko' → 'Belarus')".
    public var summary: String {
        "\(key.type)('\(headText)' \(key.isSymmetric ? "↔" : "→") '\(tailText)')"
    }
}
