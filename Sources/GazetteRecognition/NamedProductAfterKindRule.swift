import GazetteLexicon

/// "the 19-seat multi-purpose aircraft Osvei": a capitalised word right after a product
/// kind, that no other rule claimed, names the product; the kind word next to it is then
/// not labelled (ANNOTATION.md §1 PRODUCT). Runs after the first resolution.
struct NamedProductAfterKindRule {
    static let name = "product-name-after-kind"
    /// This pass's id in the recognizer's `RuleNames`.
    let rule: RuleID
    /// The product-kind rule's id, if the recognizer has that rule.
    let productKind: RuleID?

    func apply(in context: RecognitionContext, mentions: [MentionCandidate]) -> [MentionCandidate] {
        guard let productKind else { return mentions }
        func isCandidate(_ mention: MentionCandidate) -> Bool { mention.rule == productKind && mention.tokenCount <= 3 }
        guard mentions.contains(where: isCandidate) else { return mentions }
        var result: [MentionCandidate] = []
        result.reserveCapacity(mentions.count)
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in mentions { for index in mention.tokenRange { covered[index] = true } }
        for mention in mentions {
            guard isCandidate(mention) else {
                result.append(mention)
                continue
            }
            let next = Int(mention.end)
            // The token tests first: most kinds are followed by no name word, and then the
            // sentence need not be looked up.
            guard next < context.tokens.count, !covered[next], context.isNameWord(next), !context.tokens[next].isAllUppercase,
                  case let sentenceEnd = context.text.sentences[context.text.sentenceIndex(ofToken: Int(mention.start))].tokenRange.upperBound,
                  next < sentenceEnd, next + 1 >= sentenceEnd || !context.isNameWord(next + 1),
                  context.longestMatch(.title, at: next, limit: next + 1) == nil,
                  context.longestMatch(.givenName, at: next, limit: next + 1) == nil,
                  !context.isDemonym(next)
            else {
                result.append(mention)
                continue
            }
            result.append(MentionCandidate(type: .product, tokenRange: next..<(next + 1), rule: rule))
        }
        return result
    }
}
