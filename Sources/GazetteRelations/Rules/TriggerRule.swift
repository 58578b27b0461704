import GazetteRecognition

/// meets, visited, produces and cooperates_with stated by a trigger word in the sentence
/// (Lexicons/cues/relation-triggers.tsv): the subject mentions before the trigger are
/// linked to the object mentions after it; a trigger with no subject before it links the
/// coordinated mentions after it ("a meeting between X and Y").
public struct TriggerRule: RelationRule {
    public let name = "trigger"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        var index = sentence.tokenRange.lowerBound
        var seen = Set<String>()
        while index < sentence.tokenRange.upperBound {
            guard sentence.mention(at: index) == nil, let trigger = sentence.trigger(at: index) else { index += 1; continue }
            let range = index..<(index + trigger.length)
            index += trigger.length
            if sentence.isNegated(range.lowerBound) { continue }
            let text = sentence.text(range)
            let pairs: [(Int, Int)]
            switch trigger.type {
            case .meets: pairs = links(sentence, range, heads: [.person], tails: [.person], symmetric: true)
            case .visited: pairs = visitLinks(sentence, range)
            case .produces: pairs = links(sentence, range, heads: [.enterprise, .region], tails: [.product], symmetric: false)
            case .cooperatesWith: pairs = cooperationLinks(sentence)
            default: pairs = []
            }
            for (head, tail) in pairs {
                let h = sentence.mentions[head], t = sentence.mentions[tail]
                guard h.mention.entityIndex != t.mention.entityIndex else { continue }
                var key = [h.mention.entityIndex ?? -h.index, t.mention.entityIndex ?? -t.index]
                if trigger.type.isSymmetric { key.sort() }
                guard seen.insert("\(trigger.type.rawValue):\(key)").inserted else { continue }
                relations.append(Relation(
                    type: trigger.type, head: h.index, tail: t.index, rule: "\(name)-\(trigger.type.rawValue)",
                    trigger: text, triggerSpan: sentence.span(range)))
            }
        }
    }

    /// Argument mentions of a trigger: those of `types` that are not mere modifiers of
    /// another mention (the "Russia’s" of "Russia’s Samara Oblast", the "(Russia)" after a
    /// place, a dateline place, the place in a leader's title).
    private func arguments(_ sentence: SentenceMentions, types: Set<EntityType>) -> [Int] {
        sentence.mentions.indices.filter { position in
            let mention = sentence.mentions[position].mention
            guard types.contains(mention.type) else { return false }
            let end = mention.tokenRange.upperBound, start = mention.tokenRange.lowerBound
            if sentence.isPossessive(end), sentence.mention(startingAt: end + 1) != nil { return false }
            if sentence.key(start - 1) == "(" || sentence.key(start - 1) == "of" && mention.type == .region
                && isContainerAfterOf(position, sentence) { return false }
            if mention.type == .region, sentence.key(end) == ",", start == sentence.tokenRange.lowerBound,
               sentence.context.tokens[min(end + 1, sentence.context.tokens.count - 1)].kind == .number { return false }
            if isTitleComplement(position, sentence) { return false }
            if sentence.key(end) == "-", sentence.key(end + 1) == "based" { return false }
            return true
        }
    }

    /// "Region of Russia": Russia only locates the place before it.
    private func isContainerAfterOf(_ position: Int, _ sentence: SentenceMentions) -> Bool {
        var cursor = sentence.mentions[position].mention.tokenRange.lowerBound - 1
        if sentence.key(cursor) == "of" { cursor -= 1 } else { return false }
        guard let previous = sentence.mention(at: cursor) else { return false }
        return sentence.mentions[previous].mention.type == .region
    }

    /// The place of "President of Belarus Aleksandr Lukashenko", "Tula Oblast Governor X".
    private func isTitleComplement(_ position: Int, _ sentence: SentenceMentions) -> Bool {
        let mention = sentence.mentions[position].mention
        let context = sentence.context
        var before = mention.tokenRange.lowerBound - 1
        if sentence.key(before) == "the" { before -= 1 }
        if sentence.key(before) == "of", sentence.tokenRange.contains(before - 1),
           context.longestMatch(.title, at: before - 1, limit: before) != nil
        {
            return true
        }
        var after = mention.tokenRange.upperBound
        if sentence.isPossessive(after) { after += 1 }
        if sentence.tokenRange.contains(after), context.longestMatch(.title, at: after, limit: sentence.tokenRange.upperBound) != nil {
            return true
        }
        return false
    }

    private func links(
        _ sentence: SentenceMentions, _ trigger: Range<Int>, heads: Set<EntityType>, tails: Set<EntityType>, symmetric: Bool
    ) -> [(Int, Int)] {
        let headCandidates = arguments(sentence, types: heads)
        let tailCandidates = arguments(sentence, types: tails)
        let before = headCandidates.filter { sentence.mentions[$0].mention.tokenRange.upperBound <= trigger.lowerBound }
        let after = tailCandidates.filter { sentence.mentions[$0].mention.tokenRange.lowerBound >= trigger.upperBound }
        let subjects = coordinated(before, ending: true, sentence)
        let objects = coordinated(after, ending: false, sentence)
        if !subjects.isEmpty, !objects.isEmpty {
            return subjects.flatMap { s in objects.map { (s, $0) } }
        }
        if symmetric {
            // "Belarus and Tatarstan should develop cooperation"; "a meeting between X and Y".
            let group = subjects.count >= 2 ? subjects : coordinated(after.filter { heads.contains(sentence.mentions[$0].mention.type) }, ending: false, sentence)
            if group.count >= 2 { return [(group[0], group[1])] }
        }
        return []
    }

    /// Cooperation is stated of the sentence's subject and the parties named after it:
    /// "Belarus invites Russia’s Samara Oblast to set up joint ventures", "BelAZ to ship
    /// haul trucks to Russia’s Murmansk Oblast"; a coordinated subject with no other party
    /// cooperates within itself ("Belarus and Tatarstan should develop cooperation").
    private func cooperationLinks(_ sentence: SentenceMentions) -> [(Int, Int)] {
        let parties = arguments(sentence, types: [.region, .enterprise])
        guard parties.count >= 2 else { return [] }
        let subjects = coordinated(parties, ending: false, sentence)
        let others = parties.filter { !subjects.contains($0) }
        if others.isEmpty {
            return subjects.indices.flatMap { i in subjects[(i + 1)...].map { (subjects[i], $0) } }
        }
        return subjects.flatMap { subject in others.map { (subject, $0) } }
    }

    /// The mentions of a coordination nearest the trigger: "Integral, BelOMO and others",
    /// "Belarus and Russia". `ending` picks the group that ends last (subjects).
    private func coordinated(_ positions: [Int], ending: Bool, _ sentence: SentenceMentions) -> [Int] {
        guard !positions.isEmpty else { return [] }
        let ordered = ending ? positions.reversed() : positions
        var group = [ordered[0]]
        for position in ordered.dropFirst() {
            guard let last = group.last else { break }
            let (a, b) = ending ? (position, last) : (last, position)
            let gap = sentence.mentions[a].mention.tokenRange.upperBound..<sentence.mentions[b].mention.tokenRange.lowerBound
            let joiners: Set<String> = [",", "and", "or", "as", "well", "also", "both"]
            guard gap.count <= 3, gap.allSatisfy({ joiners.contains(sentence.key($0)) }) else { break }
            group.append(position)
        }
        return ending ? group.reversed() : group
    }

    /// The person before a visit trigger and the first place after it (the possessed one
    /// of "Russia’s Irkutsk Oblast").
    private func visitLinks(_ sentence: SentenceMentions, _ trigger: Range<Int>) -> [(Int, Int)] {
        let persons = sentence.mentions.indices.filter {
            sentence.mentions[$0].mention.type == .person && sentence.mentions[$0].mention.tokenRange.upperBound <= trigger.lowerBound
        }
        guard let person = persons.first,
              let place = sentence.mentions.indices.first(where: {
                  sentence.mentions[$0].mention.type == .region && sentence.mentions[$0].mention.tokenRange.lowerBound >= trigger.upperBound
                      && sentence.mentions[$0].mention.tokenRange.lowerBound <= trigger.upperBound + 2
              })
        else { return [] }
        return [(person, sentence.possessiveChainEnd(from: place))]
    }
}
