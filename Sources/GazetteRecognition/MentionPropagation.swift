import GazetteText

/// Document-level linking of short forms: once a document names "Vladimir Gruzdev",
/// "Tula Oblast" or "company Raritek", later bare "Gruzdev", "Tula" and "Raritek" are
/// mentions of the same entities even where no rule fires on them alone.
struct MentionPropagation {
    let name = "short-form-link"

    func propagate(in context: RecognitionContext, mentions: [Mention]) -> [Mention] {
        var shortForms: [String: EntityType] = [:]
        for mention in mentions {
            let range = mention.tokenRange
            switch mention.type {
            case .person where range.count >= 2:
                if let last = range.last, context.tokens[last].kind == .word { shortForms[context.key(last)] = .person }
            case .region where range.count >= 2 && context.isRegionTypeWord(range.upperBound - 1) && mention.provenance.rule != "lexicon":
                if range.count == 2 { shortForms[context.key(range.lowerBound)] = .region }
            case .enterprise where mention.provenance.rule == "enterprise-descriptor" || mention.provenance.rule == "legal-form":
                let words = range.filter { context.isNameWord($0) }
                if words.count == 1, let only = words.first { shortForms[context.key(only)] = .enterprise }
            default:
                break
            }
        }
        guard !shortForms.isEmpty else { return [] }
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in mentions { for index in mention.tokenRange { covered[index] = true } }
        var found: [Mention] = []
        for sentence in context.text.sentences {
            for index in sentence.tokenRange where !covered[index] && context.tokens[index].isCapitalized {
                guard let type = shortForms[context.key(index)] else { continue }
                // Not when it starts a longer name ("Tula Arms Plant", "Gruzdev Street").
                let next = index + 1
                if next < sentence.tokenRange.upperBound, context.isNameWord(next), !covered[next] { continue }
                let range = index..<(index + 1)
                covered[index] = true
                found.append(Mention(
                    type: type, tokenRange: range, span: context.text.span(ofTokens: range),
                    provenance: Provenance(rule: name)))
            }
        }
        return found
    }
}
