/// What makes two relations the same at one scoring level: the type and both arguments,
/// with the arguments of a symmetric type (meets, cooperates_with) in a canonical order.
public struct RelationKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The symmetric relation types of ANNOTATION.md §2: they match in either order.
    public static let symmetricTypes: Set<String> = ["meets", "cooperates_with"]

    public let type: String
    public let head: RelationArgument
    public let tail: RelationArgument

    public init(type: String, head: RelationArgument, tail: RelationArgument) {
        self.type = type
        if Self.symmetricTypes.contains(type), tail < head {
            self.head = tail
            self.tail = head
        } else {
            self.head = head
            self.tail = tail
        }
    }

    public var isSymmetric: Bool { Self.symmetricTypes.contains(type) }

    /// Ordered by type, then head, then tail, for stable listings.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        if lhs.head != rhs.head { return lhs.head < rhs.head }
        return lhs.tail < rhs.tail
    }

    public var description: String { "\(type)(\(head) \(isSymmetric ? "↔" : "→") \(tail))" }
}
