/// "Yaroslavl Motor Plant (Avtodizel)", "Minsk Tractor Works (MTZ)": a name in parentheses
/// right after an enterprise is another name of it (ANNOTATION.md §1: two mentions).
/// Runs after the first resolution, so it only fills tokens no rule claimed.
struct ParenthesizedAliasRule {
    static let name = "parenthesized-alias"
    /// This pass's id in the recognizer's `RuleNames`.
    let rule: RuleID

    func propose(in context: RecognitionContext, mentions: [MentionCandidate]) -> [MentionCandidate] {
        var covered = [Bool](repeating: false, count: context.tokens.count)
        for mention in mentions { for index in mention.tokenRange { covered[index] = true } }
        var found: [MentionCandidate] = []
        for mention in mentions where mention.type == .enterprise {
            let open = mention.tokenRange.upperBound
            guard open + 2 < context.tokens.count, context.key(open) == "(" else { continue }
            var close = open + 1
            while close < context.tokens.count, close - open <= 4, context.key(close) != ")" {
                guard !covered[close], context.isNameWord(close) || context.key(close) == "-"
                        || context.tokens[close].kind == .number else { break }
                close += 1
            }
            guard close > open + 1, close < context.tokens.count, context.key(close) == ")",
                  context.isNameWord(open + 1)
            else { continue }
            let range = (open + 1)..<close
            found.append(MentionCandidate(type: .enterprise, tokenRange: range, rule: rule))
        }
        return found
    }
}
