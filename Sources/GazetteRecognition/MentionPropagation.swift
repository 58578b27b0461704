import GazetteText

/// Document-level linking of short forms: once a document names "Vladimir Gruzdev",
/// "Tula Oblast" or "company Raritek", later bare "Gruzdev", "Tula" and "Raritek" are
/// mentions of the same entities even where no rule fires on them alone.
///
/// A person's surname also wins over a one-word place or enterprise reading of the same
/// word in that document ("Sergei Kovrov … Gov. Kovrov said", not the town of Kovrov).
struct MentionPropagation {
    let name = "short-form-link"

    /// Returns `mentions` with the short forms added (and re-typed where a surname wins).
    func propagate(in context: RecognitionContext, mentions: [Mention]) -> [Mention] {
        let shortForms = self.shortForms(in: context, mentions: mentions)
        guard !shortForms.isEmpty else { return mentions }
        var result = mentions.map { mention -> Mention in
            guard mention.tokenRange.count == 1, mention.type != .person, mention.provenance.rule == "lexicon",
                  shortForms[context.key(mention.tokenRange.lowerBound)] == .person
            else { return mention }
            return Mention(type: .person, tokenRange: mention.tokenRange, span: mention.span, provenance: Provenance(rule: name))
        }
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in result { for index in mention.tokenRange { covered[index] = true } }
        for sentence in context.text.sentences {
            for index in sentence.tokenRange where !covered[index] && context.tokens[index].isCapitalized {
                guard let type = shortForms[context.key(index)] else { continue }
                // Not when it starts a longer name ("Tula Arms Plant", "Gruzdev Street").
                let next = index + 1
                if next < sentence.tokenRange.upperBound, context.isNameWord(next), !covered[next] { continue }
                let range = index..<(index + 1)
                covered[index] = true
                result.append(Mention(type: type, tokenRange: range, span: context.text.span(ofTokens: range), provenance: Provenance(rule: name)))
            }
        }
        return result
    }

    /// Folded one-word short forms of the document's full names, with their type.
    private func shortForms(in context: RecognitionContext, mentions: [Mention]) -> [String: EntityType] {
        var forms: [String: EntityType] = [:]
        for mention in mentions {
            let range = mention.tokenRange
            switch mention.type {
            case .person where range.count >= 2:
                if let last = range.last, context.tokens[last].kind == .word { forms[context.key(last)] = .person }
            case .region where range.count == 2 && context.isRegionTypeWord(range.upperBound - 1) && mention.provenance.rule != "lexicon":
                forms[context.key(range.lowerBound)] = forms[context.key(range.lowerBound)] ?? .region
            case .enterprise where mention.provenance.rule == "enterprise-descriptor" || mention.provenance.rule == "legal-form":
                let words = range.filter { context.isNameWord($0) }
                if words.count == 1, let only = words.first { forms[context.key(only)] = forms[context.key(only)] ?? .enterprise }
            case .product where mention.provenance.rule == "product-name-after-kind":
                forms[context.key(range.lowerBound)] = forms[context.key(range.lowerBound)] ?? .product
            default:
                break
            }
        }
        return forms
    }
}
