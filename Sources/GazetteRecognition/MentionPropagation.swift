import GazetteText

/// Document-level linking of short forms: once a document names "Vladimir Gruzdev",
/// "Tula Oblast", "company Raritek" or "OOO Yantar-Kholod", later bare "Gruzdev", "Tula",
/// "Raritek" and "Yantar-Kholod" are mentions of the same entities even where no rule
/// fires on them alone.
///
/// A person's surname also wins over a one-word place or enterprise reading of the same
/// word in that document ("Sergei Kovrov … Gov. Kovrov said", not the town of Kovrov).
struct MentionPropagation {
    static let name = "short-form-link"
    /// The recognizer's rule ids, for this pass's own and the ones it tests for.
    let rules: RuleNames

    /// Returns `mentions` with the short forms added (and re-typed where a surname wins).
    func propagate(in context: RecognitionContext, mentions: [MentionCandidate]) -> [MentionCandidate] {
        let forms = shortForms(in: context, mentions: mentions)
        guard !forms.isEmpty else { return mentions }
        let name = rules.shortFormLink
        var result = mentions
        result.reserveCapacity(mentions.count + 16)
        for position in result.indices {
            let mention = result[position]
            guard mention.tokenCount == 1, mention.type != .person, mention.rule == rules.lexicon,
                  hasSingleWordPerson(forms, startingWith: Int(mention.start))
            else { continue }
            result[position] = MentionCandidate(type: .person, tokenRange: mention.tokenRange, rule: name)
        }
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in result { for index in mention.tokenRange { covered[index] = true } }
        for sentence in context.text.sentences {
            let limit = sentence.tokenRange.upperBound
            for index in context.tokenSets.positions(.capitalized, in: sentence.tokenRange) where !covered[index] {
                let group = forms.group(startingWith: index)
                guard group >= 0 else { continue }
                // Longer forms first; forms of one length in the order they were found.
                var longest: Int32 = 0
                var cursor = group
                while cursor >= 0 {
                    longest = max(longest, forms.forms[Int(cursor)].count)
                    cursor = forms.forms[Int(cursor)].next
                }
                var length = longest
                search: while length > 0 {
                    cursor = group
                    while cursor >= 0 {
                        let form = forms.forms[Int(cursor)]
                        cursor = form.next
                        guard form.count == length else { continue }
                        let end = index + Int(length)
                        guard end <= limit, (index..<end).allSatisfy({ !covered[$0] && context.key($0) == context.key(forms.token(form, $0 - index)) })
                        else { continue }
                        // Not when it starts a longer name ("Tula Arms Plant", "Gruzdev Street"); a
                        // title after it starts no name ("Berezina Drive General Director …").
                        if end < limit, context.isNameWord(end), !covered[end], context.longestMatch(.title, at: end, limit: limit) == nil { continue }
                        let range = index..<end
                        for position in range { covered[position] = true }
                        result.append(MentionCandidate(type: form.type, tokenRange: range, rule: name))
                        break search
                    }
                    length -= 1
                }
            }
        }
        return result
    }

    /// Whether the short forms starting with token `index`'s key include a one-word person.
    private func hasSingleWordPerson(_ forms: ShortFormTable, startingWith index: Int) -> Bool {
        var cursor = forms.group(startingWith: index)
        while cursor >= 0 {
            let form = forms.forms[Int(cursor)]
            if form.type == .person, form.count == 1 { return true }
            cursor = form.next
        }
        return false
    }

    /// The document's short forms.
    private func shortForms(in context: RecognitionContext, mentions: [MentionCandidate]) -> ShortFormTable {
        var forms = ShortFormTable(keys: context.keys, hashes: context.text.keyHashes)
        var name: [Int] = []
        for mention in mentions {
            let range = mention.tokenRange
            switch mention.type {
            case .person where range.count >= 2:
                if let last = range.last, context.tokens[last].kind == .word { forms.add(CollectionOfOne(last), .person) }
            case .region where range.count == 2 && context.isRegionTypeWord(range.upperBound - 1) && mention.rule != rules.lexicon:
                forms.add(CollectionOfOne(range.lowerBound), .region)
            case .enterprise where mention.rule == rules.enterpriseDescriptor || mention.rule == rules.legalForm:
                // The name without its legal form and quotes: "OOO Yantar-Kholod" → "Yantar-Kholod".
                name.removeAll(keepingCapacity: true)
                for index in range {
                    let token = context.tokens[index]
                    let isQuote = token.kind == .punctuation && context.key(index) != "-"
                    if !isQuote, !context.isSingleWord(.legalForm, at: index) { name.append(index) }
                }
                if !name.isEmpty, name.count <= 5, let first = name.first, context.isNameWord(first) {
                    forms.add(name, .enterprise)
                    // Without a trailing weak head word too: "Berezina Drive Systems" → "Berezina
                    // Drive", "Neman Instruments Group" → "Neman Instruments" (two words at least, so a
                    // lone place or common word never becomes a company).
                    if name.count >= 3, let last = name.last, context.isWeakEnterpriseHead(at: last) { forms.add(name.dropLast(), .enterprise) }
                }
            case .enterprise where mention.rule == rules.parenthesizedAlias && range.count <= 3:
                // "Osipovichi Loader Plant (OZP)" … "OZP Director General …".
                if let first = range.first, context.isNameWord(first) { forms.add(range, .enterprise) }
            case .product where mention.rule == rules.productNameAfterKind:
                forms.add(CollectionOfOne(range.lowerBound), .product)
            default:
                break
            }
        }
        return forms
    }
}
