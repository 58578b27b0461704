import GazetteRecognition

/// located_in from an enterprise's sites: "Atlant has plants in Minsk and Baranovichi",
/// "the Omsk plant of Sibagrotekh", "the Minsk plant of BKM Holding".
public struct SiteRule: RelationRule {
    public let name = "site"
    /// Words naming a site of an enterprise.
    static let siteWords: Set<String> = [
        "plant", "plants", "factory", "factories", "site", "sites", "branch", "branches", "subsidiary", "subsidiaries",
        "office", "offices", "warehouse", "warehouses", "facility", "facilities", "workshop", "workshops", "line", "lines",
        "centre", "centres", "center", "centers", "production", "enterprises", "enterprise", "affiliate", "division",
    ]
    private static let having: Set<String> = ["has", "have", "had", "operates", "operate", "runs", "opened", "opens", "built", "owns"]

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        for item in sentence.mentions {
            switch item.mention.type {
            case .enterprise: sitesOwned(by: item, sentence, into: &relations)
            case .region: siteOfEnterprise(at: item, sentence, into: &relations)
            default: break
            }
        }
    }

    /// "Atlant has plants in Minsk and Baranovichi", "X opened a service centre in Y".
    private func sitesOwned(by item: (index: Int, mention: Mention), _ sentence: SentenceMentions, into relations: inout [Relation]) {
        var cursor = item.mention.tokenRange.upperBound
        guard Self.having.contains(sentence.key(cursor)) else { return }
        cursor += 1
        var sawSite = false
        var steps = 0
        while steps < 5, sentence.tokenRange.contains(cursor), sentence.mention(at: cursor) == nil, sentence.key(cursor) != "in" {
            let token = sentence.context.tokens[cursor]
            guard token.kind == .word || token.kind == .number, !token.isCapitalized else { return }
            if Self.siteWords.contains(sentence.key(cursor)) { sawSite = true }
            cursor += 1
            steps += 1
        }
        guard sawSite, sentence.key(cursor) == "in" else { return }
        var place = sentence.mention(startingAt: cursor + 1)
        while let found = place, sentence.mentions[found].mention.type == .region {
            relations.append(Relation(type: .locatedIn, head: item.index, tail: sentence.mentions[found].index, rule: name))
            let end = sentence.mentions[found].mention.tokenRange.upperBound
            guard [",", "and"].contains(sentence.key(end)) else { break }
            var next = end
            while [",", "and"].contains(sentence.key(next)) { next += 1 }
            place = sentence.mention(startingAt: next)
        }
    }

    /// "the Omsk plant of Sibagrotekh": a place, a site word, "of", the enterprise.
    private func siteOfEnterprise(at item: (index: Int, mention: Mention), _ sentence: SentenceMentions, into relations: inout [Relation]) {
        var cursor = item.mention.tokenRange.upperBound
        var sawSite = false
        while cursor < item.mention.tokenRange.upperBound + 3, sentence.tokenRange.contains(cursor), sentence.mention(at: cursor) == nil,
              sentence.context.tokens[cursor].kind == .word, !sentence.context.tokens[cursor].isCapitalized, sentence.key(cursor) != "of" {
            if Self.siteWords.contains(sentence.key(cursor)) { sawSite = true }
            cursor += 1
        }
        guard sawSite, sentence.key(cursor) == "of", let owner = sentence.mention(startingAt: cursor + 1),
              sentence.mentions[owner].mention.type == .enterprise
        else { return }
        relations.append(Relation(type: .locatedIn, head: sentence.mentions[owner].index, tail: item.index, rule: name))
    }
}
