import GazetteRecognition

/// A product followed by its maker: "harvesters by the association Gomselmash", "tractors
/// of Minsk Tractor Works", "dump trucks of the Belarusian automobile plant BelAZ",
/// "equipment by the Minsk holding Planar and the Zelenograd company Mikrotekh-Z"
/// → produces(maker, product); "compressors made in Minsk" and "Yaroslavl-made engines"
/// → produces(place, product). ("from" is left out: "buys harvesters from X" is trade.)
public struct ProductOfMakerRule: RelationRule {
    public let name = "product-of-maker"
    private static let links: Set<String> = ["by", "of"]

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        for item in sentence.mentions where item.mention.type == .product {
            // "Yaroslavl-made engines".
            let start = item.mention.tokenRange.lowerBound
            if sentence.key(start - 1) == "made", sentence.key(start - 2) == "-", let place = sentence.mention(at: start - 3),
               sentence.mentions[place].mention.type == .region || sentence.mentions[place].mention.type == .enterprise {
                relations.append(Relation(type: .produces, head: sentence.mentions[place].index, tail: item.index, rule: name))
            }
            var cursor = item.mention.tokenRange.upperBound
            let participle = ["made", "produced", "manufactured", "assembled", "built"].contains(sentence.key(cursor))
            if participle { cursor += 1 }
            // "compressors made in Minsk": the place makes them (ANNOTATION.md §2 produces).
            if participle, sentence.key(cursor) == "in", let place = sentence.mention(startingAt: cursor + 1),
               sentence.mentions[place].mention.type == .region {
                relations.append(Relation(type: .produces, head: sentence.mentions[place].index, tail: item.index, rule: name))
                continue
            }
            guard Self.links.contains(sentence.key(cursor)) else { continue }
            var position = maker(from: cursor + 1, in: sentence)
            let products = coordinatedProducts(endingWith: item, in: sentence)
            while let found = position {
                for product in products {
                    relations.append(Relation(type: .produces, head: sentence.mentions[found].index, tail: product, rule: name))
                }
                // Coordinated makers: "by MAZ, MTZ, Amkodor and BelAZ", "… and the Zelenograd company X".
                var next = sentence.mentions[found].mention.tokenRange.upperBound
                guard [",", "and"].contains(sentence.key(next)) else { break }
                while [",", "and"].contains(sentence.key(next)) { next += 1 }
                position = maker(from: next, in: sentence)
            }
        }
    }

    /// "combine harvesters and forage harvesters made by X": the products coordinated
    /// before the one the maker follows, in text order (document mention indices).
    private func coordinatedProducts(endingWith item: (index: Int, mention: Mention), in sentence: SentenceMentions) -> [Int] {
        var products = [item.index]
        var start = item.mention.tokenRange.lowerBound
        while true {
            var cursor = start - 1
            guard [",", "and", "or"].contains(sentence.key(cursor)) else { break }
            while [",", "and", "or"].contains(sentence.key(cursor - 1)) { cursor -= 1 }
            guard let previous = sentence.mention(at: cursor - 1), sentence.mentions[previous].mention.type == .product else { break }
            products.insert(sentence.mentions[previous].index, at: 0)
            start = sentence.mentions[previous].mention.tokenRange.lowerBound
        }
        return products
    }

    /// The enterprise named from `start` on, past "the", adjectives of origin, lowercase
    /// descriptors and a place used as a modifier ("the Minsk holding Planar").
    private func maker(from start: Int, in sentence: SentenceMentions) -> Int? {
        var cursor = start
        var steps = 0
        while steps < 5, sentence.tokenRange.contains(cursor) {
            steps += 1
            if let position = sentence.mention(at: cursor) {
                let mention = sentence.mentions[position].mention
                if mention.type == .enterprise { return position }
                let after = mention.tokenRange.upperBound
                guard mention.type == .region, sentence.tokenRange.contains(after),
                      sentence.context.tokens[after].kind == .word, !sentence.context.tokens[after].isCapitalized
                else { return nil }
                cursor = after
                continue
            }
            let token = sentence.context.tokens[cursor]
            guard sentence.key(cursor) == "the" || token.kind == .word && (!token.isCapitalized || sentence.context.isDemonym(cursor)) else {
                return nil
            }
            cursor += 1
        }
        return nil
    }
}
