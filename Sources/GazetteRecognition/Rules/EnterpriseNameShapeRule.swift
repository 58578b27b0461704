import GazetteText

/// Company names no lexicon holds, told by their shape: one capitalised word
/// - in CamelCase ("YeniseiMash", "BelRoboTech", "SibPromHolding"): news English writes
///   no common word or place that way, and person names that look so ("McDonald",
///   "DiCaprio", "MacArthur") have a prefix of at most two letters or "Mac";
/// - or ending in an element of Russian and Belarusian industrial names after a stem of
///   three letters or more ("Uralmash", "Penzadieselmash", "Sibtyazhmash", "Belgazprom",
///   "Severgazstroy", "Tatenergo", "Nizhnekamskneftekhim").
///
/// Its priority is the lowest: a lexicon entry, a person or any other reading of the same
/// span wins.
public struct EnterpriseNameShapeRule: MentionRule {
    static let ruleName = "enterprise-name-shape"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.enterpriseNameShape
    public var triggers: RuleTriggers { .capitalized }

    /// Folded endings of industrial names (machine building, industry, oil, gas, plant,
    /// construction, power, chemicals).
    static let industrialEndings = ["mash", "prom", "neft", "gaz", "zavod", "stroy", "stroi", "energo", "khim"]
    /// Words that end like one but are none: "Destroy".
    static let commonWords: Set<String> = ["destroy"]
    static let shortestName = 6
    /// Words after a name that make it an event's: "Innoprom industrial exhibition",
    /// "Neftegaz forum" (exhibitions and forums are not enterprises, ANNOTATION.md §1).
    static let eventWords = TokenKeySet(["exhibition", "exhibitions", "forum", "fair", "expo", "show", "congress", "festival", "summit"])

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        for index in context.tokenSets.positions(.capitalizedWord, in: sentence) {
            let token = context.tokens[index]
            guard token.kind == .word, !token.isAllUppercase, !token.shape.contains(.hasDigit),
                  token.span.length >= Self.shortestName,
                  Self.isCamelCase(context.text.utf16[Int(token.utf16Start)..<Int(token.utf16End)])
                    || Self.hasIndustrialEnding(context.key(index)),
                  !context.isDemonym(index), !namesEvent(index, context: context, sentence: sentence),
                  context.longestMatch(.givenName, at: index, limit: index + 1) == nil,
                  context.longestMatch(.title, at: index, limit: index + 1) == nil
            else { continue }
            candidates.add(.enterprise, index..<(index + 1))
        }
    }

    /// Whether one of the two words after `index` is an event word.
    private func namesEvent(_ index: Int, context: RecognitionContext, sentence: Range<Int>) -> Bool {
        (index + 1..<min(index + 3, sentence.upperBound)).contains { Self.eventWords.contains(token: $0, in: context) }
    }

    /// An ASCII lowercase letter followed by an uppercase one, after a first part of three
    /// letters or more that is not "Mac".
    static func isCamelCase(_ units: ArraySlice<UInt16>) -> Bool {
        var previousIsLower = false
        var position = 0
        for unit in units {
            let isUpper = unit >= 0x41 && unit <= 0x5A
            if isUpper, previousIsLower {
                guard position >= 3 else { return false }
                let start = units.startIndex
                let isMac = position == 3 && units[start] == 0x4D && units[start + 1] == 0x61 && units[start + 2] == 0x63
                return !isMac
            }
            previousIsLower = unit >= 0x61 && unit <= 0x7A
            position += 1
        }
        return false
    }

    static func hasIndustrialEnding(_ key: String) -> Bool {
        guard !commonWords.contains(key) else { return false }
        return industrialEndings.contains { ending in key.hasSuffix(ending) && key.count - ending.count >= 3 }
    }
}
