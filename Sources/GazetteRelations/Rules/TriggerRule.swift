import GazetteRecognition
import GazetteText

/// meets, visited, produces and cooperates_with stated by a trigger word in the sentence
/// (Lexicons/cues/relation-triggers.tsv). Only parties count: places and enterprises that
/// merely qualify a title, locate another place, or report the news are left out.
public struct TriggerRule: RelationRule {
    public let name = TriggerRule.baseName
    private static let baseName = "trigger"
    /// "trigger-meets", …: the rule each relation type is recorded under. Literals, not
    /// built from `baseName`: a string built at run time is reference counted at every
    /// copy into a relation, a literal is not.
    static func ruleName(of type: RelationType) -> String {
        let name = switch type {
        case .leaderOf: "trigger-leader_of"
        case .partOf: "trigger-part_of"
        case .locatedIn: "trigger-located_in"
        case .produces: "trigger-produces"
        case .meets: "trigger-meets"
        case .visited: "trigger-visited"
        case .cooperatesWith: "trigger-cooperates_with"
        }
        assert(name == "\(baseName)-\(type.rawValue)", "the rule name is the base name and the relation type")
        return name
    }

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        guard !sentence.triggerIndices.isEmpty else { return }
        // Built for the first production or cooperation trigger: most sentences have none.
        // This rule adds no part_of or located_in relation, so it reads the same ones then.
        var partyFilter: PartyFilter?
        var statements = TriggerStatements()
        // Triggers may overlap ("joint production of" states cooperation and production).
        for slot in sentence.triggerIndices {
            let (index, trigger) = sentence.trigger(slot)
            guard sentence.mention(at: index) == nil else { continue }
            let range = index..<(index + trigger.length)
            if sentence.isNegated(range.lowerBound) { continue }
            // "Yaroslavl-made engines": part of a compound, not a verb of the sentence.
            if sentence.cue(range.lowerBound - 1) == .hyphen, !sentence.context.tokens[range.lowerBound].hasSpaceBefore { continue }
            statements.begin(trigger.type, at: range)
            // Each kind of statement relates types the sentence may lack; the party filter
            // is only built for a statement that can relate some.
            switch trigger.type {
            case .meets:
                guard sentence.hasMentions(ofEach: .person) else { continue }
                meetingLinks(sentence, range, &statements, &relations)
            case .visited:
                guard sentence.hasMentions(ofEach: [.person, .region]) else { continue }
                visitLinks(sentence, range, &statements, &relations)
            case .produces:
                // A place or an enterprise makes a product.
                guard sentence.hasMentions(ofEach: .product), sentence.hasMentions(ofAny: [.region, .enterprise]) else { continue }
                let parties = partyFilter ?? PartyFilter(sentence: sentence, relations: relations)
                partyFilter = parties
                productionLinks(sentence, range, parties, &statements, &relations)
            case .cooperatesWith:
                // Between two or more places and enterprises.
                guard sentence.organisationCount >= 2 else { continue }
                let parties = partyFilter ?? PartyFilter(sentence: sentence, relations: relations)
                partyFilter = parties
                cooperationLinks(sentence, range, parties, &statements, &relations)
            default: break
            }
        }
    }

    /// "X met with Y"; "a meeting between X and Y", "the meeting of X with Y".
    private func meetingLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ statements: inout TriggerStatements, _ relations: inout [Relation]) {
        var firstBefore: Int?, lastBefore: Int?, firstAfter: Int?, secondAfter: Int?
        var beforeCount = 0, afterCount = 0
        for position in 0..<sentence.count where sentence.type(position) == .person {
            let tokens = sentence.tokens(of: position)
            if tokens.upperBound <= trigger.lowerBound {
                if firstBefore == nil { firstBefore = position }
                lastBefore = position
                beforeCount += 1
            }
            if tokens.lowerBound >= trigger.upperBound {
                if firstAfter == nil { firstAfter = position } else if secondAfter == nil { secondAfter = position }
                afterCount += 1
            }
        }
        if let subject = firstBefore, let object = firstAfter { return statements.state(in: sentence, subject, object, into: &relations) }
        if beforeCount == 0, afterCount >= 2, let first = firstAfter, let second = secondAfter {
            return statements.state(in: sentence, first, second, into: &relations)
        }
        // "Ivan Krupenko and Bryansk Governor Yury Loginov discussed …".
        if afterCount == 0, beforeCount >= 2, let first = firstBefore, let last = lastBefore {
            let gap = sentence.tokens(of: first).upperBound..<sentence.tokens(of: last).lowerBound
            if gap.contains(where: { sentence.cue($0) == .and || sentence.cue($0) == .comma }) { statements.state(in: sentence, first, last, into: &relations) }
        }
    }

    /// Makers before the trigger and products after it: "Integral, BelOMO and others, which
    /// manufacture … chip production equipment"; "BelAZ is the largest manufacturer of haul
    /// trucks and transport equipment".
    private func productionLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ parties: PartyFilter, _ statements: inout TriggerStatements, _ relations: inout [Relation]) {
        let clause = parties.clause(around: trigger, in: sentence)
        // Makers and products, each in text order, in one stack buffer: makers first, products from `count` on.
        let count = sentence.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { buffer in
            var makerCount = 0, productCount = 0
            for position in 0..<count where parties.isParty(position) {
                let range = sentence.tokens(of: position)
                if sentence.type(position) == .product {
                    if range.lowerBound >= trigger.upperBound && range.lowerBound < clause.upperBound {
                        buffer[count + productCount] = position
                        productCount += 1
                    }
                } else if range.upperBound <= trigger.lowerBound && range.lowerBound >= clause.lowerBound && !parties.isUnionOfStates(position, in: sentence) {
                    buffer[makerCount] = position
                    makerCount += 1
                }
            }
            let makers = UnsafeBufferPointer(rebasing: buffer[0..<makerCount])
            let products = UnsafeBufferPointer(rebasing: buffer[count..<(count + productCount)])
            // "Yaroslavl Oblast and MZKT to build fire trucks": every coordinated maker; a lone
            // place before an enterprise maker ("Belarus … BelAZ produces") yields to it.
            var subjects = (makers.count - coordinatedCount(makers, ending: true, sentence))..<makers.count
            if subjects.count == 1, sentence.type(makers[subjects.lowerBound]) == .region,
               let enterprise = makers.lastIndex(where: { sentence.type($0) == .enterprise }) {
                subjects = enterprise..<(enterprise + 1)
            }
            let objects = 0..<coordinatedCount(products, ending: false, sentence)
            for subject in subjects {
                for object in objects { statements.state(in: sentence, makers[subject], products[object], into: &relations) }
            }
        }
    }

    /// Cooperation is stated of the sentence's subject and the parties named after the
    /// trigger: "Belarus invites Russia’s Samara Oblast to set up joint ventures", "BelAZ to
    /// ship haul trucks to Russia’s Murmansk Oblast"; a coordinated subject before the
    /// trigger cooperates within itself ("Belarus and Tatarstan should develop cooperation").
    private func cooperationLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ parties: PartyFilter, _ statements: inout TriggerStatements, _ relations: inout [Relation]) {
        let clause = parties.clause(around: trigger, in: sentence)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: sentence.count) { buffer in
            var count = 0
            for position in 0..<sentence.count where parties.isParty(position) && sentence.type(position) != .product {
                if clause.contains(sentence.tokens(of: position).lowerBound) && !parties.isUnionOfStates(position, in: sentence) && !parties.isSetting(position, in: sentence) {
                    buffer[count] = position
                    count += 1
                }
            }
            guard count >= 2 else { return }
            // In text order: a filter on where they start keeps a suffix.
            let candidates = UnsafeBufferPointer(rebasing: buffer[0..<count])
            // "trade (in dairy products) between Belarus and Bashkortostan": the parties follow
            // "between", a few words after the trigger.
            if let between = (trigger.upperBound..<min(trigger.upperBound + 8, clause.upperBound)).first(where: { sentence.cue($0) == .between }),
               !(trigger.upperBound..<between).contains(where: { sentence.mention(at: $0).map { sentence.type($0) != .product } ?? false }) {
                let start = candidates.firstIndex(where: { sentence.tokens(of: $0).lowerBound > between }) ?? count
                let group = UnsafeBufferPointer(rebasing: candidates[start...])
                if coordinatedCount(group, ending: false, sentence) >= 2 { statements.state(in: sentence, group[0], group[1], into: &relations) }
                return
            }
            let subjects = 0..<coordinatedCount(candidates, ending: false, sentence)
            guard subjects.allSatisfy({ sentence.tokens(of: candidates[$0]).upperBound <= trigger.lowerBound }) else { return }
            let rest = subjects.upperBound..<count
            let afterTrigger = (rest.first(where: { sentence.tokens(of: candidates[$0]).lowerBound >= trigger.upperBound }) ?? count)..<count
            // Objects follow the trigger ("cooperation with X"), or stand between subject and
            // trigger ("Belarus invites Samara Oblast to set up joint ventures").
            let others = afterTrigger.isEmpty ? (subjects.count == 1 ? rest : count..<count) : afterTrigger
            if !others.isEmpty {
                for subject in subjects {
                    for other in others { statements.state(in: sentence, candidates[subject], candidates[other], into: &relations) }
                }
                return
            }
            guard subjects.count >= 2 else { return }
            for first in subjects {
                for second in (first + 1)..<subjects.upperBound {
                    statements.state(in: sentence, candidates[first], candidates[second], into: &relations)
                }
            }
        }
    }

    /// How many of `positions` (in text order) form the coordination nearest the trigger:
    /// "Integral, BelOMO and others", "Belarus and Russia". `ending` counts the group that
    /// ends last (subjects), from the end; otherwise the one from the start.
    private func coordinatedCount(_ positions: UnsafeBufferPointer<Int>, ending: Bool, _ sentence: SentenceMentions) -> Int {
        let total = positions.count
        guard total > 0 else { return 0 }
        var count = 1
        // A list longer than `maximumCoordinated` is an enumeration, not the parties of one
        // statement; the bound also keeps the pairs a trigger yields linear in the sentence length.
        while count < total, count < Self.maximumCoordinated {
            let (a, b) = ending ? (positions[total - 1 - count], positions[total - count]) : (positions[count - 1], positions[count])
            let gap = sentence.tokens(of: a).upperBound..<sentence.tokens(of: b).lowerBound
            // "Belarus-Russia" joins with a bare hyphen; adjacent names ("Russia Union State") do
            // not. Descriptors and located-in modifiers may follow the conjunction: "OAO
            // Integral and the Tomsk company Mikran", "PAO KAMAZ and Belarus’ OAO Belshina".
            guard !gap.isEmpty, gap.count <= 8, gap.contains(where: { Self.conjunctions.contains(sentence.cue($0)) }),
                  gap.allSatisfy({ isCoordinationFiller($0, sentence) })
            else { break }
            count += 1
        }
        return count
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
    /// of "Russia’s Irkutsk Oblast"), and a second place joined to it by "and".
    private func visitLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>, _ statements: inout TriggerStatements, _ relations: inout [Relation]) {
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
        else { return }
        let destination = sentence.possessiveChainEnd(from: place)
        statements.state(in: sentence, person, destination, into: &relations)
        // "visited Yakutsk and Mirny": a second place joined to the first by "and".
        let end = sentence.tokens(of: destination).upperBound
        if sentence.cue(end) == .and, let next = sentence.mention(startingAt: end + 1), sentence.type(next) == .region {
            statements.state(in: sentence, person, sentence.possessiveChainEnd(from: next), into: &relations)
        }
    }
}
