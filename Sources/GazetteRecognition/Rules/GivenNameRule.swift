import GazetteLexicon

/// A known given name followed by a surname ("Vyacheslav Fedorishchev"), optionally with a
/// patronymic ("Oleg Nikolayevich Ivanov"), or initials and a surname ("A. Lukashenko").
public struct GivenNameRule: MentionRule {
    public let name = "given-name"
    public let priority = RulePriority.givenName
    private static let patronymicEndings = ["vich", "vna", "ichna", "ovych", "ich"]

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout [Mention]) {
        for index in sentence where context.tokens[index].isCapitalized {
            if let end = afterGivenName(index, context: context, sentence: sentence) ?? afterInitials(index, context: context, sentence: sentence) {
                let range = index..<end
                candidates.append(Mention(
                    type: .person, tokenRange: range, span: context.text.span(ofTokens: range),
                    provenance: Provenance(rule: name, entry: entryID(index, context: context, limit: sentence.upperBound))))
            }
        }
    }

    private func entryID(_ index: Int, context: RecognitionContext, limit: Int) -> String? {
        context.longestMatch(.givenName, at: index, limit: limit).map { context.lexicons.entry($0.match).id }
    }

    private func afterGivenName(_ index: Int, context: RecognitionContext, sentence: Range<Int>) -> Int? {
        guard let (length, _) = context.longestMatch(.givenName, at: index, limit: sentence.upperBound) else { return nil }
        var end = index + length
        guard isSurname(end, context: context, sentence: sentence) else { return nil }
        end += 1
        if Self.patronymicEndings.contains(where: context.key(end - 1).hasSuffix), isSurname(end, context: context, sentence: sentence) {
            end += 1
        }
        return end
    }

    /// "A. Lukashenko", "A. G. Lukashenko".
    private func afterInitials(_ index: Int, context: RecognitionContext, sentence: Range<Int>) -> Int? {
        var cursor = index
        var initials = 0
        while cursor + 1 < sentence.upperBound, context.tokens[cursor].span.length == 1, context.tokens[cursor].kind == .word,
              context.key(cursor + 1) == ".", initials < 3
        {
            cursor += 2
            initials += 1
        }
        guard initials > 0, isSurname(cursor, context: context, sentence: sentence) else { return nil }
        return cursor + 1
    }

    /// A capitalised word that can be a surname: not a place, type word, title or cue.
    private func isSurname(_ index: Int, context: RecognitionContext, sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound, context.isNameWord(index), !context.tokens[index].isAllUppercase else { return false }
        if context.isRegionTypeWord(index) { return false }
        // A place name is fine ("Sergei Kovrov"): after a given name it is a surname.
        for kind in [LexiconKind.enterpriseHead, .title, .legalForm, .enterprise] {
            if context.longestMatch(kind, at: index, limit: index + 1) != nil { return false }
        }
        return true
    }
}
