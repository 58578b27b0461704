import GazetteText

/// Document-level linking of short forms: once a document names "Vladimir Gruzdev",
/// "Tula Oblast", "company Raritek" or "OOO Yantar-Kholod", later bare "Gruzdev", "Tula",
/// "Raritek" and "Yantar-Kholod" are mentions of the same entities even where no rule
/// fires on them alone.
///
/// A person's surname also wins over a one-word place or enterprise reading of the same
/// word in that document ("Sergei Kovrov … Gov. Kovrov said", not the town of Kovrov).
struct MentionPropagation {
    let name = "short-form-link"

    /// A short form: its folded word keys and the type of the entity it names.
    private struct ShortForm {
        var keys: [String]
        var type: EntityType
    }

    /// Returns `mentions` with the short forms added (and re-typed where a surname wins).
    func propagate(in context: RecognitionContext, mentions: [Mention]) -> [Mention] {
        let forms = shortForms(in: context, mentions: mentions)
        guard !forms.isEmpty else { return mentions }
        var result = mentions.map { mention -> Mention in
            guard mention.tokenRange.count == 1, mention.type != .person, mention.provenance.rule == "lexicon",
                  forms[context.key(mention.tokenRange.lowerBound)]?.contains(where: { $0.type == .person && $0.keys.count == 1 }) == true
            else { return mention }
            return Mention(type: .person, tokenRange: mention.tokenRange, span: mention.span, provenance: Provenance(rule: name))
        }
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in result { for index in mention.tokenRange { covered[index] = true } }
        for sentence in context.text.sentences {
            var index = sentence.tokenRange.lowerBound
            while index < sentence.tokenRange.upperBound {
                defer { index += 1 }
                guard !covered[index], context.tokens[index].isCapitalized, let candidates = forms[context.key(index)] else { continue }
                for form in candidates.sorted(by: { $0.keys.count > $1.keys.count }) {
                    let end = index + form.keys.count
                    guard end <= sentence.tokenRange.upperBound,
                          (index..<end).allSatisfy({ !covered[$0] && context.key($0) == form.keys[$0 - index] })
                    else { continue }
                    // Not when it starts a longer name ("Tula Arms Plant", "Gruzdev Street").
                    if end < sentence.tokenRange.upperBound, context.isNameWord(end), !covered[end] { continue }
                    let range = index..<end
                    for position in range { covered[position] = true }
                    result.append(Mention(type: form.type, tokenRange: range, span: context.text.span(ofTokens: range), provenance: Provenance(rule: name)))
                    break
                }
            }
        }
        return result
    }

    /// The document's short forms, indexed by their first word's key.
    private func shortForms(in context: RecognitionContext, mentions: [Mention]) -> [String: [ShortForm]] {
        var forms: [String: [ShortForm]] = [:]
        func add(_ keys: [String], _ type: EntityType) {
            guard let first = keys.first else { return }
            if forms[first]?.contains(where: { $0.keys == keys }) == true { return }
            forms[first, default: []].append(ShortForm(keys: keys, type: type))
        }
        for mention in mentions {
            let range = mention.tokenRange
            switch mention.type {
            case .person where range.count >= 2:
                if let last = range.last, context.tokens[last].kind == .word { add([context.key(last)], .person) }
            case .region where range.count == 2 && context.isRegionTypeWord(range.upperBound - 1) && mention.provenance.rule != "lexicon":
                add([context.key(range.lowerBound)], .region)
            case .enterprise where mention.provenance.rule == "enterprise-descriptor" || mention.provenance.rule == "legal-form":
                // The name without its legal form and quotes: "OOO Yantar-Kholod" → "Yantar-Kholod".
                let name = range.filter { index in
                    let token = context.tokens[index]
                    let isQuote = token.kind == .punctuation && context.key(index) != "-"
                    return !isQuote && context.longestMatch(.legalForm, at: index, limit: index + 1) == nil
                }
                if !name.isEmpty, name.count <= 5, let first = name.first, context.isNameWord(first) { add(name.map { context.key($0) }, .enterprise) }
            case .product where mention.provenance.rule == "product-name-after-kind":
                add([context.key(range.lowerBound)], .product)
            default:
                break
            }
        }
        return forms
    }
}
