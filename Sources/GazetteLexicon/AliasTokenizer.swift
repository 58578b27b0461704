import GazetteText

/// Tokenizes lexicon forms exactly as text is tokenized, so a form and its occurrence in an
/// article produce the same word sequence ("Rostov-on-Don" → Rostov, -, on, -, Don).
///
/// All forms are segmented in one ICU call over a newline-joined buffer: one call for a
/// million aliases costs far less than a million calls.
enum AliasTokenizer {
    struct Word {
        var text: String
        var isCapitalized: Bool
        var isAllUppercase: Bool
        var isPunctuation: Bool
    }

    static func tokenize(_ forms: [String]) throws -> [[Word]] {
        var result: [[Word]] = Array(repeating: [], count: forms.count)
        guard !forms.isEmpty else { return result }
        // Each form on its own line; a form's own line breaks would shift the count, so
        // they are replaced by spaces first.
        let joined = forms.map { $0.replacingLineBreaks }.joined(separator: "\n")
        let segmented = try Segmenter(options: Segmenter.Options(abbreviations: [])).segment("\n" + joined)
        var line = -1
        for token in segmented.tokens {
            if token.shape.contains(.lineBreakBefore) {
                let breaks = countLineBreaks(segmented.utf16, before: Int(token.utf16Start), after: line)
                line += breaks
            }
            guard line >= 0, line < forms.count else { continue }
            result[line].append(Word(
                text: segmented.text(of: token), isCapitalized: token.isCapitalized,
                isAllUppercase: token.isAllUppercase, isPunctuation: token.kind == .punctuation))
        }
        return result
    }

    /// How many line breaks separate the previous token from the one at `offset`: empty
    /// forms (none are allowed, but be exact) would otherwise shift every later form.
    private static func countLineBreaks(_ units: [UInt16], before offset: Int, after _: Int) -> Int {
        var count = 0
        var index = offset - 1
        while index >= 0 {
            let unit = units[index]
            if unit == 0x0A { count += 1 } else if unit != 0x20, unit != 0x09, unit != 0x0D { break }
            index -= 1
        }
        return count
    }
}

extension String {
    fileprivate var replacingLineBreaks: String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
