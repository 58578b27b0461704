/// One relation per (type, head, tail), symmetric types in either order: the key
/// `RelationExtractor` keeps relations unique by (head and tail mention indices), and
/// `TriggerStatements` its statements (head and tail entities).
struct RelationKey: Hashable {
    var type: Int
    var first: Int
    var second: Int

    init(type: RelationType, head: Int, tail: Int) {
        self.type = type.ordinal
        (first, second) = type.isSymmetric && tail < head ? (tail, head) : (head, tail)
    }
}
