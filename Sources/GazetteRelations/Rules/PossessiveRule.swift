import GazetteRecognition

/// Relations stated by a place used as a possessor or modifier:
/// "Russia’s Samara Oblast" → part_of(Samara Oblast, Russia); "Belarus’ BelAZ" →
/// located_in(BelAZ, Belarus); "Tomsk company Mikran" and "the Minsk-based BelOMO" →
/// located_in(Mikran, Tomsk), located_in(BelOMO, Minsk).
public struct PossessiveRule: RelationRule {
    public let name = "possessive"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        for item in sentence.mentions where item.mention.type == .region {
            let end = item.mention.tokenRange.upperBound
            var next: Int?
            if sentence.isPossessive(end) {
                // "Tatarstan’s holding company Raritek": lowercase descriptors may stand between.
                let cursor = sentence.skippingLowercaseWords(from: end + 1, limit: 3)
                next = sentence.mention(startingAt: cursor)
                if cursor > end + 1, let found = next, sentence.mentions[found].mention.type != .enterprise { next = nil }
            } else if sentence.key(end) == "-", sentence.key(end + 1) == "based" {
                // "the Tula-based company Tulstan".
                next = sentence.mention(startingAt: sentence.skippingLowercaseWords(from: end + 2, limit: 3))
            } else if sentence.tokenRange.contains(end),
                      let (length, _) = sentence.context.longestMatch(.enterpriseDescriptor, at: end, limit: sentence.tokenRange.upperBound)
            {
                next = sentence.mention(startingAt: end + length)
                if let candidate = next, sentence.mentions[candidate].mention.type != .enterprise { next = nil }
            }
            guard let target = next else { continue }
            let possessed = sentence.mentions[target]
            switch possessed.mention.type {
            case .region where RegionRank.of(possessed.mention, in: sentence) < RegionRank.of(item.mention, in: sentence):
                relations.append(Relation(type: .partOf, head: possessed.index, tail: item.index, rule: name))
            case .enterprise:
                relations.append(Relation(type: .locatedIn, head: possessed.index, tail: item.index, rule: name))
            default:
                break
            }
        }
    }
}
