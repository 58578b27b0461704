import GazetteLexicon

/// "the 19-seat multi-purpose aircraft Osvei": a capitalised word right after a product
/// kind, that no other rule claimed, names the product; the kind word next to it is then
/// not labelled (ANNOTATION.md §1 PRODUCT). Runs after the first resolution.
struct NamedProductAfterKindRule {
    let name = "product-name-after-kind"

    func apply(in context: RecognitionContext, mentions: [Mention]) -> [Mention] {
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        var covered = Set<Int>()
        for mention in mentions { covered.formUnion(mention.tokenRange) }
        for mention in mentions {
            guard mention.provenance.rule == "product-kind", mention.tokenRange.count <= 3 else {
                result.append(mention)
                continue
            }
            let next = mention.tokenRange.upperBound
            let sentence = context.text.sentences[context.text.sentenceIndex(ofToken: mention.tokenRange.lowerBound)]
            guard next < sentence.tokenRange.upperBound, !covered.contains(next), context.isNameWord(next),
                  !context.tokens[next].isAllUppercase, next + 1 >= sentence.tokenRange.upperBound || !context.isNameWord(next + 1),
                  context.longestMatch(.title, at: next, limit: next + 1) == nil,
                  context.longestMatch(.givenName, at: next, limit: next + 1) == nil,
                  !context.isDemonym(next)
            else {
                result.append(mention)
                continue
            }
            let range = next..<(next + 1)
            result.append(Mention(
                type: .product, tokenRange: range, span: context.text.span(ofTokens: range), provenance: Provenance(rule: name)))
        }
        return result
    }
}
