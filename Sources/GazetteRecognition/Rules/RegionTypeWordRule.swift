import GazetteLexicon

/// A name followed by a region type word ("Chelyabinsk oblast", "Novosibirsk region",
/// "Perm Krai", "Volga Federal District"), or a type word that precedes "of" and a name
/// ("Republic of Tatarstan"). Finds places no lexicon lists.
public struct RegionTypeWordRule: MentionRule {
    static let ruleName = "region-type-word"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.regionTypeWord
    public var triggers: RuleTriggers { .phraseStart(.regionType) }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.startOf(.regionType), in: sentence) {
            guard let (length, match) = context.longestMatch(.regionType, at: index, limit: sentence.upperBound) else { continue }
            let typeEnd = index + length
            // No `position` attribute: the type word follows the name.
            let position = context.lexicons.entryTraits[Int(match.entryIndex)].position
            if position != .before, let nameStart = nameRunStart(before: index, in: context, sentence: sentence),
               !isWeak(index, context: context) || isKnownPlace(nameStart..<index, context: context)
            {
                add(nameStart..<typeEnd, context: context, entry: match, into: &candidates)
            }
            if position == .before || position == .other, context.tokens[index].isCapitalized, typeEnd + 1 < sentence.upperBound,
               context.key(typeEnd) == "of"
            {
                var nameStart = typeEnd + 1
                if context.key(nameStart) == "the" { nameStart += 1 }
                let nameEnd = nameRunEnd(from: nameStart, in: context, sentence: sentence)
                if nameEnd > nameStart { add(index..<nameEnd, context: context, entry: match, into: &candidates) }
            }
        }
    }

    private func isWeak(_ index: Int, context: RecognitionContext) -> Bool {
        context.lexicons.weakRegionTypeKeys.contains(context.key(index))
    }

    /// The whole name run is one lexicon place ("Orenburg", "Nizhny Novgorod").
    private func isKnownPlace(_ range: Range<Int>, context: RecognitionContext) -> Bool {
        context.longestMatch(.region, at: range.lowerBound, limit: range.upperBound)?.length == range.count
    }

    private func add(_ range: Range<Int>, context: RecognitionContext, entry: PhraseMatch, into candidates: inout MentionCandidates) {
        candidates.add(.region, range, entry: entry.entryIndex)
    }

    /// Start of the run of up to three name words (hyphen-joined allowed) ending just
    /// before `index`, or nil when there is none or it starts with an adjective of origin
    /// that no lexicon lists as a place ("Russian region").
    private func nameRunStart(before index: Int, in context: RecognitionContext, sentence: Range<Int>) -> Int? {
        var start = index
        var words = 0
        var cursor = index - 1
        while cursor >= sentence.lowerBound, words < 3 {
            let token = context.tokens[cursor]
            if context.isNameWord(cursor), !context.isRegionTypeWord(cursor) {
                words += 1
                start = cursor
                cursor -= 1
            } else if context.key(cursor) == "-", !token.hasSpaceBefore, cursor - 1 >= sentence.lowerBound,
                      context.isNameWord(cursor - 1), !context.tokens[cursor + 1].hasSpaceBefore
            {
                cursor -= 1
            } else {
                break
            }
        }
        guard words > 0 else { return nil }
        if context.isDemonym(start), context.longestMatch(.region, at: start, limit: index) == nil { return nil }
        if context.longestMatch(.title, at: start, limit: index) != nil { return nil }
        return start
    }

    private func nameRunEnd(from start: Int, in context: RecognitionContext, sentence: Range<Int>) -> Int {
        var end = start
        while end < sentence.upperBound, end - start < 4 {
            // A person's name after the place ends it ("Republic of Belarus Aleksandr Lukashenko").
            if end > start, context.longestMatch(.givenName, at: end, limit: sentence.upperBound) != nil { break }
            if context.isNameWord(end) {
                end += 1
            } else if context.key(end) == "-", end + 1 < sentence.upperBound, context.isNameWord(end + 1) {
                end += 2
            } else {
                break
            }
        }
        return end
    }
}
