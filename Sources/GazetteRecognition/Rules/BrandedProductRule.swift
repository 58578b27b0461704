import GazetteLexicon

/// A place name written in capitals as a brand before a product kind is the product
/// itself: "BELARUS tractors", "PALESSE combine harvesters" (ANNOTATION.md §1: a brand
/// used for the product). An enterprise before a kind stays the maker ("MAZ buses").
public struct BrandedProductRule: MentionRule {
    static let ruleName = "branded-product"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.brandedProduct
    public var triggers: RuleTriggers { .phraseStart(.region) }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.startOf(.region), in: sentence)
            where context.tokens[index].isAllUppercase && context.tokens[index].kind == .word
        {
            guard index + 1 < sentence.upperBound, !context.tokens[index + 1].isAllUppercase,
                  context.longestMatch(.region, at: index, limit: index + 1) != nil,
                  let (length, _) = context.longestMatch(.productHead, at: index + 1, limit: sentence.upperBound)
            else { continue }
            let range = index..<(index + 1 + length)
            candidates.add(.product, range)
        }
    }
}
