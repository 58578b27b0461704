import GazetteLexicon
import GazetteText

/// Company names no lexicon holds, told by their shape: one capitalised word
/// - in CamelCase ("YeniseiMash", "BelRoboTech", "SibPromHolding"): news English writes
///   no common word or place that way, and person names that look so ("McDonald",
///   "DiCaprio", "MacArthur") have a prefix of at most two letters or "Mac";
/// - or ending in an element of Russian and Belarusian industrial names after a stem of
///   three letters or more ("Uralmash", "Penzadieselmash", "Sibtyazhmash", "Severgazstroy",
///   "Tatenergo", "Nizhnekamskneftekhim").
///
/// Its priority is the lowest: a lexicon entry, a person or any other reading of the same
/// span wins.
public struct EnterpriseNameShapeRule: MentionRule {
    static let ruleName = "enterprise-name-shape"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.enterpriseNameShape
    public var triggers: RuleTriggers { .capitalized }

    /// Endings of industrial names (machine building, industry, oil, gas, plant,
    /// construction, power, chemicals), lowercase ASCII.
    /// ("-prom" is not among them: the industrial fair Innoprom is named so, and companies
    /// named so are mostly in the lexicon: Gazprom, Belgazprom.)
    static let industrialEndings = ["mash", "neft", "gaz", "zavod", "stroy", "stroi", "energo", "khim"]
    /// Words that end like one but are none: "Destroy".
    static let commonWords = ["destroy"]
    /// The endings and common words packed as `WordTail`s compare them.
    private static let packedEndings = industrialEndings.map(WordTail.Pattern.init)
    private static let packedCommonWords = commonWords.map(WordTail.Pattern.init)
    static let shortestName = 6
    /// Words after a name that make it an event's: "Neftegaz exhibition", "Neftegaz
    /// industrial forum" (exhibitions and forums are not enterprises, ANNOTATION.md §1).
    static let eventWords = TokenKeySet(["exhibition", "exhibitions", "forum", "fair", "expo", "show", "congress", "festival", "summit"])

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        let utf16 = context.text.utf16  // read once: each access through the text retains it
        for index in context.tokenSets.positions(.capitalizedWord, in: sentence) {
            let token = context.tokens[index]
            // A word some lexicon knows is read by the lexicon rules (and most capitalised words
            // are such): only unknown words are looked at.
            guard context.wordIDs[index] == Vocabulary.unknown, token.kind == .word, !token.isAllUppercase,
                  !token.shape.contains(.hasDigit), token.span.length >= Self.shortestName
            else { continue }
            let units = utf16[Int(token.utf16Start)..<Int(token.utf16End)]
            guard Self.isCamelCase(units) || Self.hasIndustrialEnding(units),
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

    /// Whether the word ends, in any case, in an industrial ending after three letters or more.
    static func hasIndustrialEnding(_ units: ArraySlice<UInt16>) -> Bool {
        let tail = WordTail(units)
        if packedCommonWords.contains(where: { $0.length == units.count && tail.endsWith($0) }) { return false }
        return packedEndings.contains { units.count - $0.length >= 3 && tail.endsWith($0) }
    }
}

/// The last (up to eight) ASCII letters of a word, folded to lowercase and packed into one
/// integer, the last letter in the lowest byte: an ending is then one masked compare.
struct WordTail {
    struct Pattern {
        let value: UInt64
        let mask: UInt64
        let length: Int

        /// `ending`: at most eight lowercase ASCII letters.
        init(_ ending: String) {
            let units = Array(ending.utf8.reversed())
            precondition(units.count <= 8 && units.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "an ending of lowercase ASCII letters")
            value = units.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
            mask = units.count == 8 ? ~0 : (1 << (8 * UInt64(units.count))) - 1
            length = units.count
        }
    }

    private var packed: UInt64 = 0
    /// How many final units are ASCII (at most eight): longer endings cannot match.
    private var asciiCount = 0

    init(_ units: ArraySlice<UInt16>) {
        var index = units.endIndex
        while asciiCount < 8, index > units.startIndex {
            index -= 1
            let unit = units[index]
            guard unit < 0x80 else { break }
            packed |= UInt64(unit | 0x20) << (8 * UInt64(asciiCount))
            asciiCount += 1
        }
    }

    @inline(__always)
    func endsWith(_ pattern: Pattern) -> Bool {
        pattern.length <= asciiCount && packed & pattern.mask == pattern.value
    }
}
