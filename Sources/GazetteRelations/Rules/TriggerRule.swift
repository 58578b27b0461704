import GazetteRecognition
import GazetteText

/// meets, visited, produces and cooperates_with stated by a trigger word in the sentence
/// (Lexicons/cues/relation-triggers.tsv). Only parties count: places and enterprises that
/// merely qualify a title, locate another place, or report the news are left out.
public struct TriggerRule: RelationRule {
    public let name = "trigger"
    /// "trigger-meets", …: the rule each relation type is recorded under, by `ordinal`.
    private let ruleNames: [String]

    public init() {
        let name = name
        ruleNames = RelationType.allCases.map { "\(name)-\($0.rawValue)" }
    }

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        var partyFilter: PartyFilter?  // built on the first trigger: most sentences have none
        var seen = SmallSet<SeenPair>()
        // Triggers may overlap ("joint production of" states cooperation and production).
        for slot in sentence.triggerIndices {
            let (index, trigger) = sentence.trigger(slot)
            guard sentence.mention(at: index) == nil else { continue }
            let range = index..<(index + trigger.length)
            if sentence.isNegated(range.lowerBound) { continue }
            // "Yaroslavl-made engines": part of a compound, not a verb of the sentence.
            if sentence.cue(range.lowerBound - 1) == .hyphen, !sentence.context.tokens[range.lowerBound].hasSpaceBefore { continue }
            let parties = partyFilter ?? PartyFilter(sentence: sentence, relations: relations)
            partyFilter = parties
            let pairs: [(Int, Int)]
            switch trigger.type {
            case .meets: pairs = meetingLinks(sentence, range)
            case .visited: pairs = visitLinks(sentence, range)
            case .produces: pairs = productionLinks(sentence, range, parties)
            case .cooperatesWith: pairs = cooperationLinks(sentence, range, parties)
            default: pairs = []
            }
            var stated: (rule: String, text: String, span: TextSpan)?  // looked up for the first relation only
            for (head, tail) in pairs {
                let headEntity = sentence.entityIndex(head), tailEntity = sentence.entityIndex(tail)
                guard headEntity != tailEntity else { continue }
                let headIndex = sentence.documentIndex(head), tailIndex = sentence.documentIndex(tail)
                var pair = (headEntity ?? -1 - headIndex, tailEntity ?? -1 - tailIndex)
                if trigger.type.isSymmetric, pair.1 < pair.0 { pair = (pair.1, pair.0) }
                guard seen.insert(SeenPair(type: trigger.type.ordinal, first: pair.0, second: pair.1)) else { continue }
                let statement = stated ?? (ruleNames[trigger.type.ordinal], sentence.text(range), sentence.span(range))
                stated = statement
                relations.append(Relation(
                    type: trigger.type, head: headIndex, tail: tailIndex, rule: statement.rule,
                    trigger: statement.text, triggerSpan: statement.span))
            }
        }
    }

    /// One relation per type and pair of entities in a sentence, whichever trigger states it.
    private struct SeenPair: Hashable {
        var type: Int
        var first: Int
        var second: Int
    }

    /// "X met with Y"; "a meeting between X and Y", "the meeting of X with Y".
    private func meetingLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>) -> [(Int, Int)] {
        var before: [Int] = [], after: [Int] = []
        for position in 0..<sentence.count where sentence.type(position) == .person {
            let tokens = sentence.tokens(of: position)
            if tokens.upperBound <= trigger.lowerBound { before.append(position) }
            if tokens.lowerBound >= trigger.upperBound { after.append(position) }
        }
        if let subject = before.first, let object = after.first { return [(subject, object)] }
        if before.isEmpty, after.count >= 2 { return [(after[0], after[1])] }
        // "Ivan Krupenko and Bryansk Governor Yury Loginov discussed …".
        if after.isEmpty, before.count >= 2, let first = before.first, let last = before.last {
            let gap = sentence.tokens(of: first).upperBound..<sentence.tokens(of: last).lowerBound
            if gap.contains(where: { sentence.cue($0) == .and || sentence.cue($0) == .comma }) { return [(first, last)] }
        }
        return []
    }

    /// Makers before the trigger and products after it: "Integral, BelOMO and others, which
    /// manufacture … chip production equipment"; "BelAZ is the largest manufacturer of haul
    /// trucks and transport equipment".
    private func productionLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ parties: PartyFilter) -> [(Int, Int)] {
        let clause = parties.clause(around: trigger)
        var makers: [Int] = [], products: [Int] = []
        for position in 0..<sentence.count where parties.isParty(position) {
            let range = sentence.tokens(of: position)
            if sentence.type(position) == .product {
                if range.lowerBound >= trigger.upperBound && range.lowerBound < clause.upperBound { products.append(position) }
            } else if range.upperBound <= trigger.lowerBound && range.lowerBound >= clause.lowerBound && !parties.isUnionOfStates(position) {
                makers.append(position)
            }
        }
        // "Yaroslavl Oblast and MZKT to build fire trucks": every coordinated maker; a lone
        // place before an enterprise maker ("Belarus … BelAZ produces") yields to it.
        var subjects = coordinated(makers, ending: true, sentence)
        if subjects.count == 1, let only = subjects.first, sentence.type(only) == .region,
           let enterprise = makers.last(where: { sentence.type($0) == .enterprise }) {
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
        var candidates: [Int] = []
        for position in 0..<sentence.count where parties.isParty(position) && sentence.type(position) != .product {
            if clause.contains(sentence.tokens(of: position).lowerBound) && !parties.isUnionOfStates(position) && !parties.isSetting(position) {
                candidates.append(position)
            }
        }
        guard candidates.count >= 2 else { return [] }
        // "trade (in dairy products) between Belarus and Bashkortostan": the parties follow
        // "between", a few words after the trigger.
        if let between = (trigger.upperBound..<min(trigger.upperBound + 8, clause.upperBound)).first(where: { sentence.cue($0) == .between }),
           !(trigger.upperBound..<between).contains(where: { sentence.mention(at: $0).map { sentence.type($0) != .product } ?? false }) {
            let group = coordinated(candidates.filter { sentence.tokens(of: $0).lowerBound > between }, ending: false, sentence)
            return group.count >= 2 ? [(group[0], group[1])] : []
        }
        let subjects = coordinated(candidates, ending: false, sentence)
        let subjectsPrecedeTrigger = subjects.allSatisfy { sentence.tokens(of: $0).upperBound <= trigger.lowerBound }
        guard subjectsPrecedeTrigger else { return [] }
        let rest = candidates.filter { !subjects.contains($0) }
        let afterTrigger = rest.filter { sentence.tokens(of: $0).lowerBound >= trigger.upperBound }
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
            let gap = sentence.tokens(of: a).upperBound..<sentence.tokens(of: b).lowerBound
            // "Belarus-Russia" joins with a bare hyphen; adjacent names ("Russia Union State") do
            // not. Descriptors and located-in modifiers may follow the conjunction: "OAO
            // Integral and the Tomsk company Mikran", "PAO KAMAZ and Belarus’ OAO Belshina".
            guard !gap.isEmpty, gap.count <= 8, gap.contains(where: { Self.conjunctions.contains(sentence.cue($0)) }),
                  gap.allSatisfy({ isCoordinationFiller($0, sentence) })
            else { break }
            group.append(position)
        }
        return ending ? group.reversed() : group
    }

    static let maximumCoordinated = 12
    private static let coordinationJoiners: CueSet = [.comma, .and, .or, .as, .well, .also, .both, .the, .hyphen, .based]
    private static let conjunctions: CueSet = [.comma, .and, .or, .hyphen]
    private static let parentheses: CueSet = [.openParenthesis, .closeParenthesis]

    private func isCoordinationFiller(_ token: Int, _ sentence: SentenceMentions) -> Bool {
        let cue = sentence.cue(token)
        if Self.coordinationJoiners.contains(cue) || sentence.isPossessive(token) { return true }
        if let position = sentence.mention(at: token) {
            let tokens = sentence.tokens(of: position)
            // A place used as a modifier, or an alias in parentheses: "Plant (MZKT) and …".
            return sentence.type(position) == .region
                || sentence.cue(tokens.lowerBound - 1) == .openParenthesis && sentence.cue(tokens.upperBound) == .closeParenthesis
        }
        if Self.parentheses.contains(cue) { return true }
        let word = sentence.context.tokens[token]
        return word.kind == .word && !word.isCapitalized && !sentence.hasTrigger(at: token)
    }

    /// The person before a visit trigger and the first place after it (the possessed one
    /// of "Russia’s Irkutsk Oblast").
    private func visitLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>) -> [(Int, Int)] {
        var first: Int?, last: Int?
        for position in 0..<sentence.count where sentence.type(position) == .person && sentence.tokens(of: position).upperBound <= trigger.lowerBound {
            if first == nil { first = position }
            last = position
        }
        // "…, Sergei Lisovets, who is on a visit to Udmurtia": the relative clause's person.
        let relative = last.flatMap { last -> Int? in
            let between = sentence.tokens(of: last).upperBound..<trigger.lowerBound
            return between.contains(where: { sentence.cue($0) == .who }) ? last : nil
        }
        guard let person = relative ?? first,
              let place = (0..<sentence.count).first(where: {
                  sentence.type($0) == .region && sentence.tokens(of: $0).lowerBound >= trigger.upperBound
                      && sentence.tokens(of: $0).lowerBound <= trigger.upperBound + 2
              })
        else { return [] }
        return [(person, sentence.possessiveChainEnd(from: place))]
    }
}
