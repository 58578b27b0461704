import GazetteLexicon

/// A person named after a title no given-name list knows: "Governor Aisen Nikolayev",
/// "Head of the Sakha Republic (Yakutia) of Russia Aisen Nikolayev". Runs after the first
/// resolution so it can step over the places and enterprises already found.
struct TitledPersonRule {
    static let name = "title-person"
    /// This pass's id in the recognizer's `RuleNames`.
    let rule: RuleID

    func propose(in context: RecognitionContext, mentions: [MentionCandidate]) -> [MentionCandidate] {
        // Only sentences with a token that may start a title can have a titled person.
        let titleBit = UInt32(LexiconKind.title.phraseBit)
        let sentenceFacts = context.tokenSets.sentenceFacts
        guard sentenceFacts.contains(where: { $0 & titleBit != 0 }) else { return [] }
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in mentions { for index in mention.tokenRange { covered[index] = true } }
        var found: [MentionCandidate] = []
        for (sentence, facts) in zip(context.text.sentences, sentenceFacts) where facts & titleBit != 0 {
            let limit = sentence.tokenRange.upperBound
            for index in context.tokenSets.positions(.startOf(.title), in: sentence.tokenRange) where !covered[index] {
                guard let (length, match) = context.longestMatch(.title, at: index, limit: limit) else { continue }
                var cursor = skipComplement(from: index + length, context: context, covered: covered, limit: limit)
                if cursor < limit, context.key(cursor) == "," { cursor += 1 }  // "Governor, Ivan Petrov" is rare but harmless
                guard cursor + 1 < limit, !covered[cursor], !covered[cursor + 1],
                      context.isNameWord(cursor), context.isNameWord(cursor + 1),
                      !context.tokens[cursor].isAllUppercase, !context.tokens[cursor + 1].isAllUppercase,
                      !context.isRegionTypeWord(cursor + 1),
                      context.longestMatch(.title, at: cursor, limit: limit) == nil,
                      context.longestMatch(.enterpriseHead, at: cursor + 1, limit: limit) == nil
                else { continue }
                let range = cursor..<(cursor + 2)
                for position in range { covered[position] = true }
                found.append(MentionCandidate(type: .person, tokenRange: range, rule: rule, entry: match.entryIndex))
            }
        }
        return found
    }

    /// Steps over "of [the] <mentions, possessives, parentheses, capitalised body words>".
    private func skipComplement(from start: Int, context: RecognitionContext, covered: [Bool], limit: Int) -> Int {
        guard start < limit, context.key(start) == "of" else { return start }
        var cursor = start + 1
        var steps = 0
        var lastMention = start
        while cursor < limit, steps < 16 {
            steps += 1
            let key = context.key(cursor)
            if covered[cursor] || context.tokens[cursor].kind == .possessive || key == "(" || key == ")" || key == "the"
                || key == "of"
            {
                if covered[cursor] { lastMention = cursor }
                cursor += 1
            } else if context.isNameWord(cursor), context.longestMatch(.givenName, at: cursor, limit: limit) == nil,
                      cursor + 1 < limit, context.isNameWord(cursor + 1), cursor + 2 < limit, context.isNameWord(cursor + 2)
            {
                cursor += 1  // a body's name ("Executive Committee") before the person's name
            } else {
                break
            }
        }
        return lastMention > start ? cursor : start
    }
}
