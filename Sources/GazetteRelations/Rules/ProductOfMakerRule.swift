import GazetteRecognition

/// A product followed by its maker: "harvesters by the association Gomselmash", "tractors
/// of Minsk Tractor Works", "dump trucks of the Belarusian automobile plant BelAZ",
/// "equipment by the Minsk holding Planar and the Zelenograd company Mikrotekh-Z"
/// → produces(maker, product), also in the passive ("the elevators are manufactured by X");
/// "compressors made in Minsk" and "Yaroslavl-made engines"
/// → produces(place, product). ("from" is left out: "buys harvesters from X" is trade.)
public struct ProductOfMakerRule: RelationRule {
    public let name = "product-of-maker"
    private static let links: CueSet = [.by, .of]
    private static let participles: CueSet = [.made, .produced, .manufactured, .assembled, .built]
    private static let makerJoiners: CueSet = [.comma, .and]
    private static let productJoiners: CueSet = [.comma, .and, .or]

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        // Every relation here is a product of a place or an enterprise.
        guard sentence.hasMentions(ofEach: .product), sentence.hasMentions(ofAny: [.region, .enterprise]) else { return }
        for item in 0..<sentence.count where sentence.type(item) == .product {
            // "Yaroslavl-made engines".
            let start = sentence.tokens(of: item).lowerBound
            if sentence.cue(start - 1) == .made, sentence.cue(start - 2) == .hyphen, let place = sentence.mention(at: start - 3),
               sentence.type(place) == .region || sentence.type(place) == .enterprise {
                relations.append(Relation(type: .produces, head: sentence.documentIndex(place), tail: sentence.documentIndex(item), rule: name))
            }
            var cursor = passiveParticiple(after: sentence.tokens(of: item).upperBound, in: sentence)
            let participle = Self.participles.contains(sentence.cue(cursor))
            if participle { cursor += 1 }
            // "compressors made in Minsk": the place makes them (ANNOTATION.md §2 produces).
            if participle, sentence.cue(cursor) == .in, let place = sentence.mention(startingAt: cursor + 1),
               sentence.type(place) == .region {
                relations.append(Relation(type: .produces, head: sentence.documentIndex(place), tail: sentence.documentIndex(item), rule: name))
                continue
            }
            guard Self.links.contains(sentence.cue(cursor)) else { continue }
            var position = maker(from: cursor + 1, in: sentence)
            guard position != nil else { continue }
            let products = coordinatedProducts(endingWith: item, in: sentence)
            while let found = position {
                for product in products {
                    relations.append(Relation(type: .produces, head: sentence.documentIndex(found), tail: product, rule: name))
                }
                // Coordinated makers: "by MAZ, MTZ, Amkodor and BelAZ", "… and the Zelenograd company X".
                var next = sentence.tokens(of: found).upperBound
                guard Self.makerJoiners.contains(sentence.cue(next)) else { break }
                while Self.makerJoiners.contains(sentence.cue(next)) { next += 1 }
                position = maker(from: next, in: sentence)
            }
        }
    }

    /// "are manufactured", "is made", "has been built", "are designed and made": the
    /// participle of a passive that starts at `start`, or `start` when there is none.
    private func passiveParticiple(after start: Int, in sentence: SentenceMentions) -> Int {
        var cursor = start
        switch sentence.cue(cursor) {
        case .is, .are, .was:
            cursor += 1
            if sentence.cue(cursor) == .been { cursor += 1 }
        case .has, .have:
            guard sentence.cue(cursor + 1) == .been else { return start }
            cursor += 2
        default:
            return start
        }
        if Self.participles.contains(sentence.cue(cursor)) { return cursor }
        // "designed and made": another participle joined to one of making.
        if sentence.cue(cursor) == nil, sentence.mention(at: cursor) == nil, sentence.cue(cursor + 1) == .and,
           Self.participles.contains(sentence.cue(cursor + 2)) {
            return cursor + 2
        }
        return start
    }

    /// "combine harvesters and forage harvesters made by X": the products coordinated
    /// before the one the maker follows, in text order (document mention indices).
    private func coordinatedProducts(endingWith item: Int, in sentence: SentenceMentions) -> [Int] {
        var products = [sentence.documentIndex(item)]
        var start = sentence.tokens(of: item).lowerBound
        while true {
            var cursor = start - 1
            guard Self.productJoiners.contains(sentence.cue(cursor)) else { break }
            while Self.productJoiners.contains(sentence.cue(cursor - 1)) { cursor -= 1 }
            guard let previous = sentence.mention(at: cursor - 1), sentence.type(previous) == .product else { break }
            products.insert(sentence.documentIndex(previous), at: 0)
            start = sentence.tokens(of: previous).lowerBound
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
                let type = sentence.type(position)
                if type == .enterprise { return position }
                let after = sentence.tokens(of: position).upperBound
                guard type == .region, sentence.tokenRange.contains(after),
                      sentence.context.tokens[after].kind == .word, !sentence.context.tokens[after].isCapitalized
                else { return nil }
                cursor = after
                continue
            }
            let token = sentence.context.tokens[cursor]
            guard sentence.cue(cursor) == .the || token.kind == .word && (!token.isCapitalized || sentence.context.isDemonym(cursor)) else {
                return nil
            }
            cursor += 1
        }
        return nil
    }
}
