import GazetteLexicon

/// A known given name followed by a surname ("Vyacheslav Fedorishchev"), optionally with a
/// patronymic ("Oleg Nikolayevich Ivanov"), or initials and a surname ("A. Lukashenko").
public struct GivenNameRule: MentionRule {
    static let ruleName = "given-name"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.givenName
    public var triggers: RuleTriggers { .capitalized }
    private static let patronymicEndings = ["vich", "vna", "ichna", "ovych", "ich"]

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.capitalized, in: sentence) {
            // The given name, if one starts here, is also the mention's entry.
            let givenName = context.longestMatch(.givenName, at: index, limit: sentence.upperBound)
            // Initials are one-letter words.
            if let end = givenName.flatMap({ afterGivenName(index, length: $0.length, context: context, sentence: sentence) })
                ?? (context.tokens[index].span.length == 1 ? afterInitials(index, context: context, sentence: sentence) : nil)
            {
                candidates.add(.person, index..<end, entry: givenName?.match.entryIndex ?? -1)
            }
        }
    }

    private func afterGivenName(_ index: Int, length: Int, context: RecognitionContext, sentence: Range<Int>) -> Int? {
        var end = index + length
        guard isSurname(end, context: context, sentence: sentence) else { return nil }
        end += 1
        if isPatronymic(context.key(end - 1)), isSurname(end, context: context, sentence: sentence) {
            end += 1
        }
        return end
    }

    /// "A. Lukashenko", "A. G. Lukashenko".
    /// Whether `key` ends like a patronymic. Every ending ends in "h" or "a", letters with
    /// no other canonical form, so a key whose last byte is neither cannot end with one.
    private func isPatronymic(_ key: String) -> Bool {
        guard let last = key.utf8.last, last == UInt8(ascii: "h") || last == UInt8(ascii: "a") else { return false }
        return Self.patronymicEndings.contains(where: key.hasSuffix)
    }

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
        return !(context.isSingleWord(.enterpriseHead, at: index) || context.isSingleWord(.title, at: index)
            || context.isSingleWord(.legalForm, at: index) || context.isSingleWord(.enterprise, at: index))
    }
}
