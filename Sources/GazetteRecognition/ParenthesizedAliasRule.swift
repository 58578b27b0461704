/// "Yaroslavl Motor Plant (Avtodizel)", "Minsk Tractor Works (MTZ)": a name in parentheses
/// right after an enterprise is another name of it (ANNOTATION.md §1: two mentions).
/// Runs after the first resolution, so it only fills tokens no rule claimed.
struct ParenthesizedAliasRule {
    let name = "parenthesized-alias"

    func propose(in context: RecognitionContext, mentions: [Mention]) -> [Mention] {
        var covered = Set<Int>()
        for mention in mentions { covered.formUnion(mention.tokenRange) }
        var found: [Mention] = []
        for mention in mentions where mention.type == .enterprise {
            let open = mention.tokenRange.upperBound
            guard open + 2 < context.tokens.count, context.key(open) == "(" else { continue }
            var close = open + 1
            while close < context.tokens.count, close - open <= 4, context.key(close) != ")" {
                guard !covered.contains(close), context.isNameWord(close) || context.key(close) == "-"
                        || context.tokens[close].kind == .number else { break }
                close += 1
            }
            guard close > open + 1, close < context.tokens.count, context.key(close) == ")",
                  context.isNameWord(open + 1)
            else { continue }
            let range = (open + 1)..<close
            found.append(Mention(type: .enterprise, tokenRange: range, span: context.text.span(ofTokens: range), provenance: Provenance(rule: name)))
        }
        return found
    }
}
