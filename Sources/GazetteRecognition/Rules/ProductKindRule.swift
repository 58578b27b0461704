import GazetteLexicon
import GazetteText

/// Kinds of goods: a product head ("tractors", "dump trucks", "equipment") extended left
/// over the pre-modifiers that narrow it ("road construction machinery", "gas-fueled
/// buses", "passenger and cargo vehicles").
///
/// Guards, each from ANNOTATION.md §1 PRODUCT: a generic head ("equipment", "products")
/// counts only with a modifier that narrows it (`generic=true`, `stays_generic_with=`); a
/// head followed by an activity word ("aircraft engineering", "machine tool building")
/// names an industry; a head used as a verb ("to ship", "ships tractors") is no product.
public struct ProductKindRule: MentionRule {
    static let ruleName = "product-kind"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.productKind
    public var triggers: RuleTriggers { .phraseStart(.productHead) }
    /// Words after a head that turn the phrase into an industry, activity, place or plan.
    static let activityWords = TokenKeySet([
        "engineering", "building", "industry", "industries", "manufacturing", "construction", "repair", "repairs",
        "sector", "production", "making", "maker", "makers", "manufacturer", "manufacturers", "producer",
        "producers", "plant", "plants", "factory", "factories", "works", "cluster", "market", "markets", "park",
        "fleet", "company", "companies", "enterprise", "enterprises", "holding", "industrial", "assembly",
        "science", "design", "development", "servicing", "maintenance", "sales", "exports", "imports", "supplies",
        "program", "programme", "programs", "programmes", "project", "projects", "sphere", "field", "base",
        "segment", "business", "hub", "centre", "center", "station", "dealers", "dealer", "service", "operators",
    ])
    /// Words before a head that make it a verb ("to ship", "will supply") or a manner
    /// ("by rail", "by sea").
    static let verbMarkers = TokenKeySet([
        "by",
        "to", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "not", "also", "we", "they",
        "i", "you", "it", "he", "she", "which", "that", "who", "without",
    ])
    /// Words after a trade verb that make it one ("ships the", "supplies more").
    static let verbObjectStarts = TokenKeySet(["the", "a", "an", "its", "their", "more", "up", "about", "over", "some", "all"])

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        // Read once per sentence: each use of a static word set is a `swift_once` call.
        let activityWords = Self.activityWords, verbMarkers = Self.verbMarkers
        for index in context.tokenSets.positions(.startOf(.productHead), in: sentence) {
            let token = context.tokens[index]
            guard token.kind == .word,
                  let (length, match) = context.longestMatch(.productHead, at: index, limit: sentence.upperBound),
                  !token.isCapitalized || index == sentence.lowerBound || token.isAllUppercase
                    || isAfterOpeningQuote(index, context: context) || isWrittenAsListed(index, match: match, context: context, sentence: sentence)
            else { continue }
            let end = index + length
            if end < sentence.upperBound {
                if activityWords.contains(token: end, in: context) { continue }
                // "gas-fueled": the head is the first part of a compound modifier.
                if !context.tokens[end].hasSpaceBefore, context.key(end) == "-" { continue }
                // Another head right after: the longer phrase ending there is the product.
                if context.longestMatch(.productHead, at: end, limit: sentence.upperBound) != nil { continue }
            }
            if index > sentence.lowerBound, verbMarkers.contains(token: index - 1, in: context) { continue }
            if isVerbUse(index, length: length, context: context, sentence: sentence) { continue }
            let isGeneric = context.lexicons.entryTraits[Int(match.entryIndex)].isGeneric
            let (start, modifiers) = modifiedStart(of: index, context: context, sentence: sentence, collectingModifiers: isGeneric)
            if isGeneric {
                if modifiers.isEmpty { continue }
                let weak = context.lexicons.entry(match).attributes["stays_generic_with"] ?? ""
                if modifiers.allSatisfy({ Self.isItem(context.key($0), ofCommaSeparated: weak) }) { continue }
            }
            if describesModelCode(before: start, context: context, sentence: sentence) { continue }
            candidates.add(.product, start..<end, entry: match.entryIndex)
        }
    }

    /// "BDS-TM160 traction motors": a kind after a model code and one lowercase word the
    /// modifiers do not know describes the code, which is the product; the kind is not
    /// labelled, as in "MAZ-203 buses" (where a known modifier or none lets the model code
    /// win the overlap).
    private func describesModelCode(before start: Int, context: RecognitionContext, sentence: Range<Int>) -> Bool {
        guard start - 2 >= sentence.lowerBound else { return false }
        let word = context.tokens[start - 1], code = context.tokens[start - 2]
        guard word.kind == .word, !word.isCapitalized, word.hasSpaceBefore,
              !Self.verbMarkers.contains(token: start - 1, in: context), !Self.verbObjectStarts.contains(token: start - 1, in: context)
        else { return false }
        // The code's last part: "TM160" (ICU may call it a number), "30SM", "203" after "MAZ-".
        guard code.shape.contains(.hasDigit), code.kind == .word || code.kind == .number else { return false }
        return code.isCapitalized || code.isAllUppercase || (!code.hasSpaceBefore && start - 3 >= sentence.lowerBound && context.key(start - 3) == "-")
    }

    /// Whether `word` is one of the non-empty comma-separated items of `list`. For ASCII
    /// (all the shipped lists and keys) bytes are compared in place, which is then the
    /// same as comparing strings; otherwise the list is split into characters.
    static func isItem(_ word: String, ofCommaSeparated list: String) -> Bool {
        let found = list.utf8.withContiguousStorageIfAvailable { list -> Bool? in
            word.utf8.withContiguousStorageIfAvailable { word -> Bool? in
                guard !list.contains(where: { $0 >= 0x80 }), !word.contains(where: { $0 >= 0x80 }) else { return nil }
                var start = 0
                while start < list.count {
                    var end = start
                    while end < list.count, list[end] != UInt8(ascii: ",") { end += 1 }
                    if end - start == word.count, end > start, (0..<word.count).allSatisfy({ list[start + $0] == word[$0] }) { return true }
                    start = end + 1
                }
                return false
            } ?? nil
        }
        if let found = found ?? nil { return found }
        return list.split(separator: ",").contains { $0 == word }
    }

    /// "BelAZ ships 300 trucks", "MAZ ships buses to Tula": a head that is also a verb of
    /// trade, followed by a number, a determiner or another product, is the verb. Asked only
    /// for a head with no head right after it.
    private func isVerbUse(_ index: Int, length: Int, context: RecognitionContext, sentence: Range<Int>) -> Bool {
        guard length == 1, context.longestMatch(.relationTrigger, at: index, limit: index + 1) != nil else { return false }
        let next = index + 1
        guard next < sentence.upperBound else { return false }
        if context.tokens[next].kind == .number { return true }
        if Self.verbObjectStarts.contains(token: next, in: context) { return true }
        // No head starts at `next`: `propose` has turned such heads away already.
        return context.longestMatch(.productModifier, at: next, limit: sentence.upperBound) != nil
    }

    private func isAfterOpeningQuote(_ index: Int, context: RecognitionContext) -> Bool {
        index > 0 && QuotedOrCapitalizedName.openingQuotes.contains(context.key(index - 1))
    }

    /// Moves the start left over modifiers (and singular heads used as modifiers:
    /// "elevator equipment"), and "X and Y" coordinations of modifiers. Returns the new
    /// start and, when `collectingModifiers`, the modifier words' token indices.
    private func modifiedStart(of head: Int, context: RecognitionContext, sentence: Range<Int>, collectingModifiers: Bool) -> (Int, [Int]) {
        var start = head
        var modifiers: [Int] = []
        while start > sentence.lowerBound {
            if let modifierStart = modifierEnding(at: start, context: context, sentence: sentence) {
                if collectingModifiers { modifiers += modifierStart..<start }
                start = modifierStart
                continue
            }
            // "passenger and cargo vehicles": a conjunction between two modifiers.
            let conjunction = start - 1
            if start != head, context.key(conjunction) == "and" || context.key(conjunction) == "or",
               !endsWithHead(conjunction, context: context, sentence: sentence),
               let before = modifierEnding(at: conjunction, context: context, sentence: sentence, modifiersOnly: true)
            {
                if collectingModifiers { modifiers += before..<conjunction }
                start = before
                continue
            }
            break
        }
        return (start, modifiers)
    }

    /// "rolled steel and oil products": the word before the conjunction is a product head,
    /// so the conjunction joins two products, not two modifiers.
    private func endsWithHead(_ end: Int, context: RecognitionContext, sentence: Range<Int>) -> Bool {
        for length in 1...3 where end - length >= sentence.lowerBound {
            if context.longestMatch(.productHead, at: end - length, limit: end)?.length == length { return true }
        }
        return false
    }

    /// Start of a modifier phrase (up to 3 tokens: "road-construction") ending right
    /// before `end`: a product modifier, or a head in its singular, non-generic form. A
    /// word that states a relation ("ships", "supplies", "produce") is never a modifier.
    private func modifierEnding(at end: Int, context: RecognitionContext, sentence: Range<Int>, modifiersOnly: Bool = false) -> Int? {
        for length in stride(from: 3, through: 1, by: -1) {
            let start = end - length
            guard start >= sentence.lowerBound else { continue }
            let first = context.tokens[start]
            guard first.kind == .word else { continue }
            if length == 1, context.longestMatch(.relationTrigger, at: start, limit: end)?.length == 1 { continue }
            if let (matchLength, match) = context.longestMatch(.productModifier, at: start, limit: end), matchLength == length,
               isWrittenAsListed(start, match: match, context: context, sentence: sentence)
            {
                return start
            }
            if !modifiersOnly, let (matchLength, match) = context.longestMatch(.productHead, at: start, limit: end),
               matchLength == length, match.formIndex == 0, !context.lexicons.entryTraits[Int(match.entryIndex)].isGeneric,
               isWrittenAsListed(start, match: match, context: context, sentence: sentence)
            {
                return start
            }
        }
        return nil
    }

    /// Lowercase in text unless the listed form is capitalised ("Earth") or the word
    /// starts the sentence.
    private func isWrittenAsListed(_ start: Int, match: PhraseMatch, context: RecognitionContext, sentence: Range<Int>) -> Bool {
        let token = context.tokens[start]
        if !token.isCapitalized || start == sentence.lowerBound { return true }
        let entry = context.lexicons.entry(match)
        let form = match.formIndex == 0 ? entry.canonical : entry.aliases[Int(match.formIndex) - 1]
        return form.first?.isUppercase == true
    }
}
