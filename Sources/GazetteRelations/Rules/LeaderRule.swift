import GazetteLexicon
import GazetteRecognition

/// leader_of from a leader title attached to a place or enterprise (titles with
/// `leader=true` in Lexicons/cues/titles.tsv):
/// - "Belarus President Aleksandr Lukashenko", "Tula Oblast Governor Vladimir Gruzdev";
/// - "Governor of Russia’s Samara Oblast Vyacheslav Fedorishchev", "Chairman of the Gomel
///   Oblast Executive Committee Ivan Krupko";
/// - "Alexander Lukashenko, Belarus President:";
/// - "Slyusar was the head of PAO United Aircraft Corporation".
public struct LeaderRule: RelationRule {
    public let name = "leader-title"

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        // Every relation here is a person's leading a place or an enterprise.
        guard sentence.hasMentions(ofEach: .person), sentence.hasMentions(ofAny: [.region, .enterprise]) else { return }
        // Titles do not overlap: the next one is looked for after the last one found.
        var next = sentence.tokenRange.lowerBound
        for index in sentence.titleCandidates where index >= next {
            guard sentence.mention(at: index) == nil, var (length, match) = sentence.longestMatch(.title, at: index) else { continue }
            // "Head of the Republic of Tatarstan Rustam Minnikhanov": a title that runs into a
            // mention ("Head of the Republic") ends before it, as the shorter title it starts with.
            if let overlap = (index..<(index + length)).first(where: { sentence.mention(at: $0) != nil }) {
                guard let shorter = sentence.context.longestMatch(.title, at: index, limit: overlap) else { continue }
                (length, match) = shorter
            }
            next = index + length
            let titleEntry = sentence.relationLexicon[Int(match.entryIndex)]
            guard titleEntry.isLeaderTitle else { continue }
            let title = index..<(index + length)
            guard let organisation = organisation(before: title, in: sentence) ?? organisation(after: title.upperBound, in: sentence)
            else { continue }
            // A regional prime minister is not the region's leader (ANNOTATION.md §2).
            if titleEntry.isRegionalException, sentence.rank(organisation.position) < 4 {
                continue
            }
            let person = personAfter(organisation.resume, in: sentence)
                ?? personBefore(title.lowerBound, organisation: organisation.position, in: sentence)
            guard let person else { continue }
            relations.append(Relation(
                type: .leaderOf, head: sentence.documentIndex(person), tail: sentence.documentIndex(organisation.position),
                rule: name, trigger: sentence.text(title), triggerSpan: sentence.span(title)))
        }
    }

    /// "Belarus President", "Tula Oblast’s governor": the place right before the title.
    private func organisation(before title: Range<Int>, in sentence: SentenceMentions) -> (position: Int, resume: Int)? {
        var cursor = title.lowerBound - 1
        if sentence.isPossessive(cursor) { cursor -= 1 }
        guard let position = sentence.mention(at: cursor), isOrganisation(position, sentence) else { return nil }
        return (position, title.upperBound)
    }

    /// "President of [the] (Russia’s)* X [(alias)] [of Y] [Executive Committee]": the
    /// possessed place of the chain right after "of".
    private func organisation(after title: Int, in sentence: SentenceMentions) -> (position: Int, resume: Int)? {
        guard sentence.cue(title) == .of else { return nil }
        var cursor = title + 1
        if sentence.cue(cursor) == .the { cursor += 1 }
        // "Director General of the Belarusian electronics company OAO Integral".
        var skipped = 0
        while skipped < 4, sentence.tokenRange.contains(cursor), sentence.mention(at: cursor) == nil,
              sentence.context.tokens[cursor].kind == .word, !sentence.context.tokens[cursor].isCapitalized || sentence.context.isDemonym(cursor)
        {
            cursor += 1
            skipped += 1
        }
        guard let first = sentence.mention(startingAt: cursor) else { return nil }
        let position = sentence.possessiveChainEnd(from: first)
        guard isOrganisation(position, sentence) else { return nil }
        return (position, sentence.tokens(of: position).upperBound)
    }

    private func isOrganisation(_ position: Int, _ sentence: SentenceMentions) -> Bool {
        let type = sentence.type(position)
        return type == .region || type == .enterprise
    }

    /// Words the person after a title may stand behind: aliases in parentheses, "of Russia".
    private static let titleContinuations: CueSet = [.openParenthesis, .closeParenthesis, .of, .the]

    /// The person named right after the title phrase, stepping over aliases in
    /// parentheses, "of Russia", and body names ("Executive Committee").
    private func personAfter(_ start: Int, in sentence: SentenceMentions) -> Int? {
        var cursor = start
        var steps = 0
        while sentence.tokenRange.contains(cursor), steps < 10 {
            steps += 1
            if let position = sentence.mention(at: cursor) {
                if sentence.type(position) == .person { return position }
                cursor = sentence.tokens(of: position).upperBound
                continue
            }
            if Self.titleContinuations.contains(sentence.cue(cursor)) || sentence.isPossessive(cursor)
                || sentence.context.isNameWord(cursor)
            {
                cursor += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Words between a person and a title after them ("Slyusar was the head of UAC").
    private static let linkers: CueSet = [.comma, .the, .was, .is, .as, .former, .then, .became, .has, .been, .who, .currently]

    /// "Alexander Lukashenko, Belarus President", "Slyusar was the head of UAC".
    private func personBefore(_ title: Int, organisation: Int, in sentence: SentenceMentions) -> Int? {
        var cursor = title - 1
        let organisationRange = sentence.tokens(of: organisation)
        if organisationRange.upperBound <= title, organisationRange.upperBound >= title - 1 {
            cursor = organisationRange.lowerBound - 1
        }
        var steps = 0
        while sentence.tokenRange.contains(cursor), steps < 4 {
            steps += 1
            if let position = sentence.mention(at: cursor) {
                return sentence.type(position) == .person ? position : nil
            }
            guard Self.linkers.contains(sentence.cue(cursor)) else { return nil }
            cursor -= 1
        }
        return nil
    }
}
