import GazetteLexicon

/// Longest lexicon match of each entity lexicon (PERSON, REGION, ENTERPRISE, PRODUCT) at
/// every token, with the capitalisation the entry's words require.
public struct LexiconMatchRule: MentionRule {
    public let name = "lexicon"
    public let priority = RulePriority.lexicon
    private static let kinds: [(LexiconKind, EntityType)] = [
        (.region, .region), (.enterprise, .enterprise), (.person, .person), (.product, .product),
    ]

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout [Mention]) {
        for start in sentence where context.tokens[start].kind != .punctuation {
            for (kind, type) in Self.kinds {
                guard let (length, match) = context.longestMatch(kind, at: start, limit: sentence.upperBound) else { continue }
                let range = start..<(start + length)
                let entry = context.lexicons.entry(match)
                candidates.append(Mention(
                    type: type, tokenRange: range, span: context.text.span(ofTokens: range),
                    provenance: Provenance(rule: name, entry: entry.id)))
            }
        }
    }
}
