import GazetteText

/// The relation types of ANNOTATION.md §2.
public enum RelationType: String, CaseIterable, Codable, Sendable {
    case leaderOf = "leader_of"
    case partOf = "part_of"
    case locatedIn = "located_in"
    case produces = "produces"
    case meets = "meets"
    case visited = "visited"
    case cooperatesWith = "cooperates_with"

    /// Symmetric types match in either order.
    public var isSymmetric: Bool { self == .meets || self == .cooperatesWith }
}

/// A relation between two mentions of one sentence, with the rule and trigger behind it.
public struct Relation: Sendable, Equatable {
    public var type: RelationType
    /// Indices into the document's mention array.
    public var head: Int
    public var tail: Int
    /// The rule that produced it ("title-of", "possessive", "trigger-cooperation", …).
    public var rule: String
    /// The trigger text and its code-point span, where a trigger word stated the relation.
    public var trigger: String?
    public var triggerSpan: TextSpan?

    public init(type: RelationType, head: Int, tail: Int, rule: String, trigger: String? = nil, triggerSpan: TextSpan? = nil) {
        self.type = type
        self.head = head
        self.tail = tail
        self.rule = rule
        self.trigger = trigger
        self.triggerSpan = triggerSpan
    }
}
