import GazetteRecognition

/// meets, visited, produces and cooperates_with stated by a trigger word in the sentence
/// (Lexicons/cues/relation-triggers.tsv). Only parties count: places and enterprises that
/// merely qualify a title, locate another place, or report the news are left out.
public struct TriggerRule: RelationRule {
    public let name = "trigger"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        var partyFilter: PartyFilter?  // built on the first trigger: most sentences have none
        var index = sentence.tokenRange.lowerBound
        var seen = Set<SeenPair>()
        while index < sentence.tokenRange.upperBound {
            guard sentence.mention(at: index) == nil, let trigger = sentence.trigger(at: index) else { index += 1; continue }
            let range = index..<(index + trigger.length)
            // Triggers may overlap ("joint production of" states cooperation and production).
            index += 1
            if sentence.isNegated(range.lowerBound) { continue }
            // "Yaroslavl-made engines": part of a compound, not a verb of the sentence.
            if sentence.key(range.lowerBound - 1) == "-", !sentence.context.tokens[range.lowerBound].hasSpaceBefore { continue }
            let parties = partyFilter ?? PartyFilter(sentence: sentence, relations: relations)
            partyFilter = parties
            let pairs: [(Int, Int)]
            switch trigger.type {
            case .meets: pairs = meetingLinks(sentence, range, parties)
            case .visited: pairs = visitLinks(sentence, range)
            case .produces: pairs = productionLinks(sentence, range, parties)
            case .cooperatesWith: pairs = cooperationLinks(sentence, range, parties)
            default: pairs = []
            }
            for (head, tail) in pairs {
                let h = sentence.mentions[head], t = sentence.mentions[tail]
                guard h.mention.entityIndex != t.mention.entityIndex else { continue }
                var pair = (h.mention.entityIndex ?? -1 - h.index, t.mention.entityIndex ?? -1 - t.index)
                if trigger.type.isSymmetric, pair.1 < pair.0 { pair = (pair.1, pair.0) }
                guard seen.insert(SeenPair(type: trigger.type, first: pair.0, second: pair.1)).inserted else { continue }
                relations.append(Relation(
                    type: trigger.type, head: h.index, tail: t.index, rule: "\(name)-\(trigger.type.rawValue)",
                    trigger: sentence.text(range), triggerSpan: sentence.span(range)))
            }
        }
    }

    /// One relation per type and pair of entities in a sentence, whichever trigger states it.
    private struct SeenPair: Hashable {
        var type: RelationType
        var first: Int
        var second: Int
    }

    /// "X met with Y"; "a meeting between X and Y", "the meeting of X with Y".
    private func meetingLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ parties: PartyFilter) -> [(Int, Int)] {
        let persons = sentence.mentions.indices.filter { sentence.mentions[$0].mention.type == .person }
        let before = persons.filter { sentence.mentions[$0].mention.tokenRange.upperBound <= trigger.lowerBound }
        let after = persons.filter { sentence.mentions[$0].mention.tokenRange.lowerBound >= trigger.upperBound }
        if let subject = before.first, let object = after.first { return [(subject, object)] }
        if before.isEmpty, after.count >= 2 { return [(after[0], after[1])] }
        // "Ivan Krupenko and Bryansk Governor Yury Loginov discussed …".
        if after.isEmpty, before.count >= 2, let first = before.first, let last = before.last {
            let gap = sentence.mentions[first].mention.tokenRange.upperBound..<sentence.mentions[last].mention.tokenRange.lowerBound
            if gap.contains(where: { sentence.key($0) == "and" || sentence.key($0) == "," }) { return [(first, last)] }
        }
        return []
    }

    /// Makers before the trigger and products after it: "Integral, BelOMO and others, which
    /// manufacture … chip production equipment"; "BelAZ is the largest manufacturer of haul
    /// trucks and transport equipment".
    private func productionLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ parties: PartyFilter) -> [(Int, Int)] {
        let clause = parties.clause(around: trigger)
        let makers = parties.positions(of: [.enterprise, .region]).filter {
            let range = sentence.mentions[$0].mention.tokenRange
            return range.upperBound <= trigger.lowerBound && range.lowerBound >= clause.lowerBound && !parties.isUnionOfStates($0)
        }
        let products = parties.positions(of: [.product]).filter {
            let range = sentence.mentions[$0].mention.tokenRange
            return range.lowerBound >= trigger.upperBound && range.lowerBound < clause.upperBound
        }
        // "Yaroslavl Oblast and MZKT to build fire trucks": every coordinated maker; a lone
        // place before an enterprise maker ("Belarus … BelAZ produces") yields to it.
        var subjects = coordinated(makers, ending: true, sentence)
        if subjects.count == 1, let only = subjects.first, sentence.mentions[only].mention.type == .region,
           let enterprise = makers.last(where: { sentence.mentions[$0].mention.type == .enterprise }) {
            subjects = [enterprise]
        }
        let objects = coordinated(products, ending: false, sentence)
        return subjects.flatMap { subject in objects.map { (subject, $0) } }
    }

    /// Cooperation is stated of the sentence's subject and the parties named after the
    /// trigger: "Belarus invites Russia’s Samara Oblast to set up joint ventures", "BelAZ to
    /// ship haul trucks to Russia’s Murmansk Oblast"; a coordinated subject before the
    /// trigger cooperates within itself ("Belarus and Tatarstan should develop cooperation").
    private func cooperationLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ parties: PartyFilter) -> [(Int, Int)] {
        let clause = parties.clause(around: trigger)
        let candidates = parties.positions(of: [.region, .enterprise]).filter {
            clause.contains(sentence.mentions[$0].mention.tokenRange.lowerBound) && !parties.isUnionOfStates($0) && !parties.isSetting($0)
        }
        guard candidates.count >= 2 else { return [] }
        // "trade (in dairy products) between Belarus and Bashkortostan": the parties follow
        // "between", a few words after the trigger.
        if let between = (trigger.upperBound..<min(trigger.upperBound + 8, clause.upperBound)).first(where: { sentence.key($0) == "between" }),
           !(trigger.upperBound..<between).contains(where: { sentence.mention(at: $0).map { sentence.mentions[$0].mention.type != .product } ?? false }) {
            let group = coordinated(candidates.filter { sentence.mentions[$0].mention.tokenRange.lowerBound > between }, ending: false, sentence)
            return group.count >= 2 ? [(group[0], group[1])] : []
        }
        let subjects = coordinated(candidates, ending: false, sentence)
        let subjectsPrecedeTrigger = subjects.allSatisfy { sentence.mentions[$0].mention.tokenRange.upperBound <= trigger.lowerBound }
        guard subjectsPrecedeTrigger else { return [] }
        let rest = candidates.filter { !subjects.contains($0) }
        let afterTrigger = rest.filter { sentence.mentions[$0].mention.tokenRange.lowerBound >= trigger.upperBound }
        // Objects follow the trigger ("cooperation with X"), or stand between subject and
        // trigger ("Belarus invites Samara Oblast to set up joint ventures").
        let others = afterTrigger.isEmpty ? (subjects.count == 1 ? rest : []) : afterTrigger
        if !others.isEmpty { return subjects.flatMap { subject in others.map { (subject, $0) } } }
        if subjects.count >= 2 { return subjects.indices.flatMap { i in subjects[(i + 1)...].map { (subjects[i], $0) } } }
        return []
    }

    /// The mentions of a coordination nearest the trigger: "Integral, BelOMO and others",
    /// "Belarus and Russia". `ending` picks the group that ends last (subjects).
    private func coordinated(_ positions: [Int], ending: Bool, _ sentence: SentenceMentions) -> [Int] {
        guard !positions.isEmpty else { return [] }
        let ordered = ending ? positions.reversed() : positions
        var group = [ordered[0]]
        for position in ordered.dropFirst() {
            // A list longer than this is an enumeration, not the parties of one statement;
            // the bound also keeps the pairs a trigger yields linear in the sentence length.
            guard group.count < Self.maximumCoordinated, let last = group.last else { break }
            let (a, b) = ending ? (position, last) : (last, position)
            let gap = sentence.mentions[a].mention.tokenRange.upperBound..<sentence.mentions[b].mention.tokenRange.lowerBound
            // "Belarus-Russia" joins with a bare hyphen; adjacent names ("Russia Union State") do
            // not. Descriptors and located-in modifiers may follow the conjunction: "OAO
            // Integral and the Tomsk company Mikran", "PAO KAMAZ and Belarus’ OAO Belshina".
            guard !gap.isEmpty, gap.count <= 8, gap.contains(where: { Self.conjunctions.contains(sentence.key($0)) }),
                  gap.allSatisfy({ isCoordinationFiller($0, sentence) })
            else { break }
            group.append(position)
        }
        return ending ? group.reversed() : group
    }

    static let maximumCoordinated = 12
    private static let coordinationJoiners: Set<String> = [",", "and", "or", "as", "well", "also", "both", "the", "-", "based"]
    private static let conjunctions: Set<String> = [",", "and", "or", "-"]

    private func isCoordinationFiller(_ token: Int, _ sentence: SentenceMentions) -> Bool {
        if Self.coordinationJoiners.contains(sentence.key(token)) || sentence.isPossessive(token) { return true }
        if let position = sentence.mention(at: token) {
            let mention = sentence.mentions[position].mention
            // A place used as a modifier, or an alias in parentheses: "Plant (MZKT) and …".
            return mention.type == .region
                || sentence.key(mention.tokenRange.lowerBound - 1) == "(" && sentence.key(mention.tokenRange.upperBound) == ")"
        }
        if sentence.key(token) == "(" || sentence.key(token) == ")" { return true }
        let word = sentence.context.tokens[token]
        return word.kind == .word && !word.isCapitalized && sentence.trigger(at: token) == nil
    }

    /// The person before a visit trigger and the first place after it (the possessed one
    /// of "Russia’s Irkutsk Oblast").
    private func visitLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>) -> [(Int, Int)] {
        let persons = sentence.mentions.indices.filter {
            sentence.mentions[$0].mention.type == .person && sentence.mentions[$0].mention.tokenRange.upperBound <= trigger.lowerBound
        }
        // "…, Sergei Lisovets, who is on a visit to Udmurtia": the relative clause's person.
        let relative = persons.last.flatMap { last -> Int? in
            let between = sentence.mentions[last].mention.tokenRange.upperBound..<trigger.lowerBound
            return between.contains(where: { sentence.key($0) == "who" }) ? last : nil
        }
        guard let person = relative ?? persons.first,
              let place = sentence.mentions.indices.first(where: {
                  sentence.mentions[$0].mention.type == .region && sentence.mentions[$0].mention.tokenRange.lowerBound >= trigger.upperBound
                      && sentence.mentions[$0].mention.tokenRange.lowerBound <= trigger.upperBound + 2
              })
        else { return [] }
        return [(person, sentence.possessiveChainEnd(from: place))]
    }
}
