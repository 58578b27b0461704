import GazetteLexicon

/// Kinds of goods: a product head ("tractors", "dump trucks", "equipment") extended left
/// over the pre-modifiers that narrow it ("road construction machinery", "gas-fueled
/// buses", "passenger and cargo vehicles"). Generic heads ("equipment", "machines") count
/// only with a modifier; a head followed by an activity word ("aircraft engineering",
/// "machine tool building") names an industry, not a product.
public struct ProductKindRule: MentionRule {
    public let name = "product-kind"
    public let priority = RulePriority.productKind
    /// Words after a head that turn the phrase into an industry, activity or place.
    static let activityWords: Set<String> = [
        "engineering", "building", "industry", "industries", "manufacturing", "construction", "repair", "repairs",
        "sector", "production", "making", "maker", "makers", "manufacturer", "manufacturers", "producer",
        "producers", "plant", "plants", "factory", "factories", "works", "cluster", "market", "markets", "park",
        "fleet", "company", "companies", "enterprise", "enterprises", "holding", "industrial", "assembly",
        "science", "design", "development", "servicing", "maintenance", "sales", "exports", "imports", "supplies",
    ]

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout [Mention]) {
        for index in sentence {
            let token = context.tokens[index]
            guard token.kind == .word, !token.isCapitalized || index == sentence.lowerBound || token.isAllUppercase
                    || isAfterOpeningQuote(index, context: context)
            else { continue }
            guard let (length, match) = context.longestMatch(.productHead, at: index, limit: sentence.upperBound) else { continue }
            let end = index + length
            if end < sentence.upperBound, Self.activityWords.contains(context.key(end)) { continue }
            // Another head right after: the longer phrase ending there is the product.
            if end < sentence.upperBound, context.longestMatch(.productHead, at: end, limit: sentence.upperBound) != nil { continue }
            let start = modifiedStart(of: index, context: context, sentence: sentence)
            let entry = context.lexicons.entry(match)
            if start == index, entry.flag("generic") { continue }
            let range = start..<end
            candidates.append(Mention(
                type: .product, tokenRange: range, span: context.text.span(ofTokens: range),
                provenance: Provenance(rule: name, entry: entry.id)))
        }
    }

    private func isAfterOpeningQuote(_ index: Int, context: RecognitionContext) -> Bool {
        index > 0 && QuotedOrCapitalizedName.openingQuotes.contains(context.text.text(of: context.tokens[index - 1]))
    }

    /// Moves the start left over modifiers (and heads used as modifiers: "elevator
    /// equipment"), hyphenated modifiers, and "X and Y" coordinations of modifiers.
    private func modifiedStart(of head: Int, context: RecognitionContext, sentence: Range<Int>) -> Int {
        var start = head
        while start > sentence.lowerBound {
            if let modifierStart = modifierEnding(at: start, context: context, sentence: sentence) {
                start = modifierStart
                continue
            }
            // "passenger and cargo vehicles": a conjunction between two modifiers.
            let conjunction = start - 1
            if context.key(conjunction) == "and" || context.key(conjunction) == "or",
               start != head, let before = modifierEnding(at: conjunction, context: context, sentence: sentence)
            {
                start = before
                continue
            }
            break
        }
        return start
    }

    /// Start of a modifier phrase (up to 3 tokens: "road-construction") that ends right
    /// before `end` and is written in lowercase.
    private func modifierEnding(at end: Int, context: RecognitionContext, sentence: Range<Int>) -> Int? {
        for length in stride(from: 3, through: 1, by: -1) {
            let start = end - length
            guard start >= sentence.lowerBound else { continue }
            let first = context.tokens[start]
            guard first.kind == .word, !first.isCapitalized || first.isAllUppercase || start == sentence.lowerBound else { continue }
            for kind in [LexiconKind.productModifier, .productHead] {
                if let (matchLength, _) = context.longestMatch(kind, at: start, limit: end), matchLength == length {
                    return start
                }
            }
        }
        return nil
    }
}
