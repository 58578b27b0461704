import GazetteRecognition

/// A maker's name used as a modifier of a product: "BelAZ dump trucks", "MAZ buses"
/// → produces(maker, product).
public struct ProductModifierRule: RelationRule {
    public let name = "maker-modifier"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        for (position, item) in sentence.mentions.enumerated() where item.mention.type == .enterprise {
            guard position + 1 < sentence.mentions.count else { continue }
            let next = sentence.mentions[position + 1]
            guard next.mention.type == .product, next.mention.tokenRange.lowerBound == item.mention.tokenRange.upperBound else { continue }
            relations.append(Relation(type: .produces, head: item.index, tail: next.index, rule: name))
        }
    }
}
