import GazetteLexicon

/// Capitalised words ending in an enterprise head word: "Irkutsk Aviation Plant",
/// "Minsk Tractor Works", "Kovdor Mining and Processing Plant", "Niva-Holding".
public struct EnterpriseNameRule: MentionRule {
    static let ruleName = "enterprise-head-word"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.enterpriseName
    public var triggers: RuleTriggers { .phraseStart(.enterpriseHead) }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.startOf(.enterpriseHead), in: sentence) where context.tokens[index].isCapitalized {
            guard let (length, match) = context.longestMatch(.enterpriseHead, at: index, limit: sentence.upperBound),
                  !context.lexicons.entryTraits[Int(match.entryIndex)].isWeak  // "Business Centre", "Control Systems"
            else { continue }
            guard let start = EnterpriseNameRule.nameRunStart(before: index, in: context, sentence: sentence) else { continue }
            let range = start..<(index + length)
            candidates.add(.enterprise, range, entry: match.entryIndex)
        }
    }

    /// Start of the capitalised run before `index`: name words, hyphens between words, and
    /// "and"/"&" between words that are not places ("Mining and Processing").
    static func nameRunStart(before index: Int, in context: RecognitionContext, sentence: Range<Int>) -> Int? {
        var start: Int?
        var cursor = index - 1
        var words = 0
        while cursor >= sentence.lowerBound, words < 6 {
            let token = context.tokens[cursor]
            // Another head word ends another name: "X Plant and Y Plant" are two.
            if context.isSingleWord(.enterpriseHead, at: cursor) { break }
            if context.isNameWord(cursor) || (token.kind == .number && start != nil && !token.hasSpaceBefore) {
                start = cursor
                words += 1
                cursor -= 1
            } else if context.key(cursor) == "-", !token.hasSpaceBefore, cursor > sentence.lowerBound, context.isNameWord(cursor - 1) {
                cursor -= 1
            } else if context.key(cursor) == "and" || context.key(cursor) == "&", cursor > sentence.lowerBound, context.isNameWord(cursor - 1),
                      context.longestMatch(.region, at: cursor - 1, limit: cursor) == nil
            {
                cursor -= 1
            } else {
                break
            }
        }
        guard let found = start else { return nil }
        if context.longestMatch(.title, at: found, limit: index) != nil { return nil }
        return found
    }
}
