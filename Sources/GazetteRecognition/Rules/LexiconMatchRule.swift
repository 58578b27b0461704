import GazetteLexicon

/// Longest lexicon match of each entity lexicon (PERSON, REGION, ENTERPRISE, PRODUCT) at
/// every token, with the capitalisation the entry's words require.
public struct LexiconMatchRule: MentionRule {
    static let ruleName = "lexicon"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.lexicon
    public var triggers: RuleTriggers { .phraseStart(.region, .enterprise, .person, .product) }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for start in context.tokenSets.positions(.entityStart, in: sentence) where context.tokens[start].kind != .punctuation {
            // In this order: region, enterprise, person, product.
            propose(.region, .region, at: start, in: context, sentence: sentence, into: &candidates)
            propose(.enterprise, .enterprise, at: start, in: context, sentence: sentence, into: &candidates)
            propose(.person, .person, at: start, in: context, sentence: sentence, into: &candidates)
            propose(.product, .product, at: start, in: context, sentence: sentence, into: &candidates)
        }
    }

    @inline(__always)
    private func propose(
        _ kind: LexiconKind, _ type: EntityType, at start: Int, in context: RecognitionContext, sentence: Range<Int>,
        into candidates: inout MentionCandidates
    ) {
        guard let (length, match) = context.longestMatch(kind, at: start, limit: sentence.upperBound) else { return }
        candidates.add(type, start..<(start + length), entry: match.entryIndex)
    }
}
