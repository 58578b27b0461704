import GazetteRecognition

/// Relations stated by a place used as a possessor or modifier:
/// "Russia’s Samara Oblast" → part_of(Samara Oblast, Russia); "Belarus’ BelAZ" →
/// located_in(BelAZ, Belarus); "Tomsk company Mikran" and "the Minsk-based BelOMO" →
/// located_in(Mikran, Tomsk), located_in(BelOMO, Minsk).
public struct PossessiveRule: RelationRule {
    public let name = "possessive"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        // Every relation here has a place as its tail and another place or an enterprise as its head.
        guard sentence.hasMentions(ofEach: .region), sentence.organisationCount >= 2 else { return }
        for position in 0..<sentence.count where sentence.type(position) == .region {
            let end = sentence.tokens(of: position).upperBound
            var next: Int?
            if sentence.isPossessive(end) {
                // "Tatarstan’s holding company Raritek": lowercase descriptors may stand between.
                let cursor = sentence.skippingLowercaseWords(from: end + 1, limit: 3, stopping: [])
                next = sentence.mention(startingAt: cursor)
                if cursor > end + 1, let found = next, sentence.type(found) != .enterprise { next = nil }
            } else if sentence.cue(end) == .hyphen, sentence.cue(end + 1) == .based {
                // "the Tula-based company Tulstan".
                next = sentence.mention(startingAt: sentence.skippingLowercaseWords(from: end + 2, limit: 3, stopping: []))
            } else if let (length, _) = sentence.longestMatch(.enterpriseDescriptor, at: end) {
                next = sentence.mention(startingAt: end + length)
                if let candidate = next, sentence.type(candidate) != .enterprise { next = nil }
            }
            guard let target = next else { continue }
            switch sentence.type(target) {
            case .region where sentence.rank(target) < sentence.rank(position):
                relations.append(Relation(type: .partOf, head: sentence.documentIndex(target), tail: sentence.documentIndex(position), rule: name))
            case .enterprise:
                relations.append(Relation(type: .locatedIn, head: sentence.documentIndex(target), tail: sentence.documentIndex(position), rule: name))
            default:
                break
            }
        }
    }
}
