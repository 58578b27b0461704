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

    /// A short form: its folded word keys and the type of the entity it names.
    private struct ShortForm {
        var keys: [String]
        var type: EntityType
    }

    /// Returns `mentions` with the short forms added (and re-typed where a surname wins).
    func propagate(in context: RecognitionContext, mentions: [MentionCandidate]) -> [MentionCandidate] {
        let (forms, firstWords) = shortForms(in: context, mentions: mentions)
        guard !forms.isEmpty else { return mentions }
        let name = rules.shortFormLink
        let wordIDs = context.wordIDs
        var result = mentions.map { mention -> MentionCandidate in
            guard mention.tokenCount == 1, mention.type != .person, mention.rule == rules.lexicon,
                  firstWords.mayContain(wordIDs[Int(mention.start)]),
                  forms[context.key(Int(mention.start))]?.contains(where: { $0.type == .person && $0.keys.count == 1 }) == true
            else { return mention }
            return MentionCandidate(type: .person, tokenRange: mention.tokenRange, rule: name)
        }
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in result { for index in mention.tokenRange { covered[index] = true } }
        for sentence in context.text.sentences {
            var index = sentence.tokenRange.lowerBound
            while index < sentence.tokenRange.upperBound {
                defer { index += 1 }
                guard !covered[index], context.tokens[index].isCapitalized, firstWords.mayContain(wordIDs[index]),
                      let candidates = forms[context.key(index)]
                else { continue }
                for form in candidates.sorted(by: { $0.keys.count > $1.keys.count }) {
                    let end = index + form.keys.count
                    guard end <= sentence.tokenRange.upperBound,
                          (index..<end).allSatisfy({ !covered[$0] && context.key($0) == form.keys[$0 - index] })
                    else { continue }
                    // Not when it starts a longer name ("Tula Arms Plant", "Gruzdev Street").
                    if end < sentence.tokenRange.upperBound, context.isNameWord(end), !covered[end] { continue }
                    let range = index..<end
                    for position in range { covered[position] = true }
                    result.append(MentionCandidate(type: form.type, tokenRange: range, rule: name))
                    break
                }
            }
        }
        return result
    }

    /// The document's short forms, indexed by their first word's key, and the vocabulary
    /// ids of those first words (a token whose id is not among them starts no short form).
    private func shortForms(in context: RecognitionContext, mentions: [MentionCandidate]) -> ([String: [ShortForm]], WordIDFilter) {
        var forms: [String: [ShortForm]] = [:]
        var firstWords = WordIDFilter()
        func add(_ tokens: [Int], _ type: EntityType) {
            guard let firstToken = tokens.first else { return }
            let keys = tokens.map { context.key($0) }
            // One lookup: find or make the list, then add unless it holds the same words.
            Self.appendIfNew(ShortForm(keys: keys, type: type), to: &forms[keys[0], default: []])
            firstWords.insert(context.wordIDs[firstToken])
        }
        for mention in mentions {
            let range = mention.tokenRange
            switch mention.type {
            case .person where range.count >= 2:
                if let last = range.last, context.tokens[last].kind == .word { add([last], .person) }
            case .region where range.count == 2 && context.isRegionTypeWord(range.upperBound - 1) && mention.rule != rules.lexicon:
                add([range.lowerBound], .region)
            case .enterprise where mention.rule == rules.enterpriseDescriptor || mention.rule == rules.legalForm:
                // The name without its legal form and quotes: "OOO Yantar-Kholod" → "Yantar-Kholod".
                let name = range.filter { index in
                    let token = context.tokens[index]
                    let isQuote = token.kind == .punctuation && context.key(index) != "-"
                    return !isQuote && !context.isSingleWord(.legalForm, at: index)
                }
                if !name.isEmpty, name.count <= 5, let first = name.first, context.isNameWord(first) { add(name, .enterprise) }
            case .product where mention.rule == rules.productNameAfterKind:
                add([range.lowerBound], .product)
            default:
                break
            }
        }
        return (forms, firstWords)
    }

    private static func appendIfNew(_ form: ShortForm, to list: inout [ShortForm]) {
        if !list.contains(where: { $0.keys == form.keys }) { list.append(form) }
    }
}
