/// A relation rule: reads one sentence's mentions and proposes relations.
public protocol RelationRule: Sendable {
    var name: String { get }
    func propose(in sentence: SentenceMentions, into relations: inout [Relation])
}
