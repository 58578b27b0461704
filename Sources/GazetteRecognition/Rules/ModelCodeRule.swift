import GazetteText

/// Named products written as model codes: "MAZ-203", "MC-21", "Su-30SM", "Il-114-300",
/// "Canopus-B", and an all-caps brand with a model number ("BELARUS 3522").
public struct ModelCodeRule: MentionRule {
    static let ruleName = "model-code"
    public var name: String { Self.ruleName }
    public let priority = RulePriority.modelCode
    public var triggers: RuleTriggers { .capitalized }

    public init() {}

    public func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates) {
        let tokens = context.tokens
        for index in context.tokenSets.positions(.capitalizedWord, in: sentence) {
            let first = tokens[index]
            guard first.span.length <= 12 else { continue }
            var end = index + 1
            // Hyphenated code parts: "-203", "-114-300", "-B".
            while end + 1 < sentence.upperBound, !tokens[end].hasSpaceBefore, !tokens[end + 1].hasSpaceBefore,
                  context.key(end) == "-", isCodePart(tokens[end + 1], context: context)
            {
                end += 2
            }
            if end > index + 1 {
                // A bare capitalised word joined to a single capital letter needs a digit
                // somewhere or an all-caps head to be a code ("Canopus-B" yes, "Belarus-Russia" no).
                candidates.add(.product, index..<end)
                continue
            }
            // "BELARUS 3522": all-caps brand and a model number that is not a year.
            if first.isAllUppercase, index + 1 < sentence.upperBound {
                let number = tokens[index + 1]
                if number.kind == .number, number.hasSpaceBefore, number.span.length >= 3, !isYear(context.text.text(of: number)) {
                    candidates.add(.product, index..<(index + 2))
                }
            }
        }
    }

    /// A code part: digits (optionally with letters, "30SM"), or one capital letter.
    private func isCodePart(_ token: Token, context: RecognitionContext) -> Bool {
        if token.shape.contains(.hasDigit) { return true }
        return token.kind == .word && token.span.length == 1 && token.isCapitalized
    }

    private func isYear(_ text: String) -> Bool {
        guard text.count == 4, let value = Int(text) else { return false }
        return (1900...2099).contains(value)
    }
}
