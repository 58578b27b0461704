import GazetteRecognition

/// located_in from an enterprise's sites: "Atlant has plants in Minsk and Baranovichi",
/// "the Omsk plant of Sibagrotekh", "the Minsk plant of BKM Holding".
public struct SiteRule: RelationRule {
    public let name = "site"
    /// Words naming a site of an enterprise.
    static let siteWords: CueSet = [
        .plant, .plants, .factory, .factories, .site, .sites, .branch, .branches, .subsidiary, .subsidiaries,
        .office, .offices, .warehouse, .warehouses, .facility, .facilities, .workshop, .workshops, .line, .lines,
        .centre, .centres, .center, .centers, .production, .enterprises, .enterprise, .affiliate, .division,
    ]
    private static let having: CueSet = [.has, .have, .had, .operates, .operate, .runs, .opened, .opens, .built, .owns]
    private static let listJoiners: CueSet = [.comma, .and]

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        // Every relation here locates an enterprise in a place.
        guard sentence.hasMentions(ofEach: [.enterprise, .region]) else { return }
        for position in 0..<sentence.count {
            switch sentence.type(position) {
            case .enterprise: sitesOwned(by: position, sentence, into: &relations)
            case .region: siteOfEnterprise(at: position, sentence, into: &relations)
            default: break
            }
        }
    }

    /// "Atlant has plants in Minsk and Baranovichi", "X opened a service centre in Y".
    private func sitesOwned(by owner: Int, _ sentence: SentenceMentions, into relations: inout [Relation]) {
        var cursor = sentence.tokens(of: owner).upperBound
        guard Self.having.contains(sentence.cue(cursor)) else { return }
        cursor += 1
        var sawSite = false
        var steps = 0
        while steps < 5, sentence.tokenRange.contains(cursor), sentence.mention(at: cursor) == nil, sentence.cue(cursor) != .in {
            let token = sentence.context.tokens[cursor]
            guard token.kind == .word || token.kind == .number, !token.isCapitalized else { return }
            if Self.siteWords.contains(sentence.cue(cursor)) { sawSite = true }
            cursor += 1
            steps += 1
        }
        guard sawSite, sentence.cue(cursor) == .in else { return }
        var place = sentence.mention(startingAt: cursor + 1)
        while let found = place, sentence.type(found) == .region {
            relations.append(Relation(type: .locatedIn, head: sentence.documentIndex(owner), tail: sentence.documentIndex(found), rule: name))
            let end = sentence.tokens(of: found).upperBound
            guard Self.listJoiners.contains(sentence.cue(end)) else { break }
            var next = end
            while Self.listJoiners.contains(sentence.cue(next)) { next += 1 }
            place = sentence.mention(startingAt: next)
        }
    }

    /// "the Omsk plant of Sibagrotekh": a place, a site word, "of", the enterprise.
    private func siteOfEnterprise(at place: Int, _ sentence: SentenceMentions, into relations: inout [Relation]) {
        let end = sentence.tokens(of: place).upperBound
        var cursor = end
        var sawSite = false
        while cursor < end + 3, sentence.tokenRange.contains(cursor), sentence.mention(at: cursor) == nil,
              sentence.context.tokens[cursor].kind == .word, !sentence.context.tokens[cursor].isCapitalized, sentence.cue(cursor) != .of {
            if Self.siteWords.contains(sentence.cue(cursor)) { sawSite = true }
            cursor += 1
        }
        guard sawSite, sentence.cue(cursor) == .of, let owner = sentence.mention(startingAt: cursor + 1),
              sentence.type(owner) == .enterprise
        else { return }
        relations.append(Relation(type: .locatedIn, head: sentence.documentIndex(owner), tail: sentence.documentIndex(place), rule: name))
    }
}
