import GazetteLexicon

/// A lowercase descriptor followed by a name: "Tomsk company Mikran", "the association
/// Gomselmash", "carmaker KAMAZ". The descriptor stays outside the span (ANNOTATION.md §1).
public struct EnterpriseDescriptorRule: MentionRule {
    static let ruleName = "enterprise-descriptor"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.enterpriseDescriptor
    public var triggers: RuleTriggers { .phraseStart(.enterpriseDescriptor) }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.startOf(.enterpriseDescriptor), in: sentence)
            where !context.tokens[index].isCapitalized && context.tokens[index].kind == .word
        {
            guard let (length, match) = context.longestMatch(.enterpriseDescriptor, at: index, limit: sentence.upperBound) else {
                continue
            }
            var start = index + length
            // "the Omsk plant of Sibagrotekh".
            if start < sentence.upperBound, context.key(start) == "of", start + 1 < sentence.upperBound, context.isNameWord(start + 1) {
                start += 1
            }
            // A name in apposition, between commas: "The joint venture, Berezina-Volga Drive, is based …".
            let inApposition = start + 1 < sentence.upperBound && context.key(start) == "," && context.isNameWord(start + 1)
            if inApposition { start += 1 }
            guard var end = QuotedOrCapitalizedName.end(from: start, in: context, sentence: sentence, maxWords: 3) else { continue }
            if inApposition, end >= sentence.upperBound || context.key(end) != "," { continue }
            // A descriptor's quotes are not part of the name: the Kursk company «Seim-Rezina».
            if context.tokens[start].kind == .punctuation {
                start += 1
                end -= 1
                guard end > start else { continue }
            }
            // The name must be new: not a place, person or title that other rules know.
            let nameStart = start
            if context.longestMatch(.region, at: nameStart, limit: end) != nil
                || context.longestMatch(.givenName, at: nameStart, limit: end) != nil
                || context.longestMatch(.title, at: nameStart, limit: end) != nil
                || context.isDemonym(nameStart)
            {
                continue
            }
            if end < sentence.upperBound, context.isRegionTypeWord(end) { continue }
            let range = start..<end
            candidates.add(.enterprise, range, entry: match.entryIndex)
        }
    }
}
