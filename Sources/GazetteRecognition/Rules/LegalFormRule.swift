import GazetteLexicon

/// A legal-form abbreviation written next to a name is part of the enterprise's span:
/// "OAO Integral", "PAO United Aircraft Corporation", "OJSC “Gomselmash”", "Belshina JSC".
public struct LegalFormRule: MentionRule {
    static let ruleName = "legal-form"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.legalForm
    public var triggers: RuleTriggers { .phraseStart(.legalForm) }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.startOf(.legalForm), in: sentence) where context.tokens[index].isCapitalized {
            guard let (length, match) = context.longestMatch(.legalForm, at: index, limit: sentence.upperBound) else { continue }
            let position = context.lexicons.entryTraits[Int(match.entryIndex)].position
            let after = index + length
            var range: Range<Int>?
            if position != .after,
               let nameEnd = QuotedOrCapitalizedName.end(from: after, in: context, sentence: sentence)
            {
                range = index..<nameEnd
            } else if position != .before,
                      let start = EnterpriseNameRule.nameRunStart(before: index, in: context, sentence: sentence)
            {
                range = start..<after
            }
            guard let range else { continue }
            candidates.add(.enterprise, range, entry: match.entryIndex)
        }
    }
}

/// A name right after a cue: either a quoted name (“Gomselmash”, «Grodno Azot», "Peleng",
/// quotes included) or a run of capitalised words.
enum QuotedOrCapitalizedName {
    /// Token keys of quotes (`Folding` turns ‘ and ’ into ').
    static let openingQuotes: Set<String> = ["“", "\"", "«", "„", "'"]
    static let closingQuotes: Set<String> = ["”", "\"", "»", "“", "'"]

    /// End (exclusive) of the name starting at `start`, or nil.
    static func end(from start: Int, in context: RecognitionContext, sentence: Range<Int>, maxWords: Int = 6) -> Int? {
        guard start < sentence.upperBound else { return nil }
        let first = context.tokens[start]
        if first.kind == .punctuation, openingQuotes.contains(context.key(start)) {
            var cursor = start + 1
            while cursor < sentence.upperBound, cursor - start <= maxWords + 4 {
                let token = context.tokens[cursor]
                if token.kind == .punctuation, closingQuotes.contains(context.key(cursor)) {
                    return cursor > start + 1 && context.tokens[start + 1].isCapitalized ? cursor + 1 : nil
                }
                cursor += 1
            }
            return nil
        }
        var end = start
        var words = 0
        while end < sentence.upperBound, words < maxWords {
            if context.isNameWord(end) || (context.tokens[end].kind == .number && end > start && !context.tokens[end].hasSpaceBefore) {
                end += 1
                words += 1
            } else if context.key(end) == "-", end > start, end + 1 < sentence.upperBound,
                      !context.tokens[end].hasSpaceBefore, context.isNameWord(end + 1) || context.tokens[end + 1].kind == .number
            {
                end += 2
            } else {
                break
            }
        }
        return end > start ? end : nil
    }
}
