import GazetteRecognition

/// A maker's name used as a modifier of a product: "BelAZ dump trucks", "MAZ buses"
/// → produces(maker, product).
public struct ProductModifierRule: RelationRule {
    public let name = "maker-modifier"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        // Every relation here is an enterprise's product.
        guard sentence.hasMentions(ofEach: [.enterprise, .product]) else { return }
        for position in 0..<sentence.count where sentence.type(position) == .enterprise {
            let next = position + 1
            guard next < sentence.count else { continue }
            guard sentence.type(next) == .product, sentence.tokens(of: next).lowerBound == sentence.tokens(of: position).upperBound else { continue }
            relations.append(Relation(type: .produces, head: sentence.documentIndex(position), tail: sentence.documentIndex(next), rule: name))
        }
    }
}
