import GazetteText

/// Tokenizes lexicon forms exactly as text is tokenized, so a form and its occurrence in an
/// article produce the same word sequence ("Rostov-on-Don" → Rostov, -, on, -, Don).
///
/// All forms are segmented in one ICU call over a newline-joined buffer (one call for a
/// million aliases costs far less than a million calls), and each word comes out as its
/// two folded keys, never as a `String` of its own.
enum AliasTokenizer {
    struct Word {
        /// The plain key (`Folding.key`) and the name key (transliterations folded).
        var plainKey: String
        var nameKey: String
        var isCapitalized: Bool
        var isAllUppercase: Bool
        var isPunctuation: Bool
    }

    /// Calls `body(formIndex, words)` for every form, in order.
    static func tokenize(_ forms: [String], _ body: (Int, [Word]) -> Void) throws {
        guard !forms.isEmpty else { return }
        // Each form on its own line; a form's own line breaks would shift the count.
        // Built as bytes and made a String once: appending to a String costs far more per form.
        var bytes: [UInt8] = [0x0A]
        bytes.reserveCapacity(forms.reduce(1) { $0 + $1.utf8.count + 1 })
        for form in forms {
            if form.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                bytes += form.replacingOccurrencesOfLineBreaks.utf8
            } else {
                bytes += form.utf8
            }
            bytes.append(0x0A)
        }
        let joined = String(decoding: bytes, as: UTF8.self)
        let (tokens, keys, units) = try Segmenter(options: Segmenter.Options(abbreviations: [])).tokenize(joined)
        var folding = Folding()
        var line = -1
        var words: [Word] = []
        var tokenIndex = 0
        units.withUnsafeBufferPointer { buffer in
            while tokenIndex < tokens.count {
                let token = tokens[tokenIndex]
                if token.shape.contains(.lineBreakBefore) {
                    if line >= 0 { body(line, words) }
                    // Empty forms (rejected later) would shift the count: count every line break.
                    let breaks = countLineBreaks(units, before: Int(token.utf16Start))
                    for skipped in (line + 1)..<(line + breaks) { body(skipped, []) }
                    line += breaks
                    words.removeAll(keepingCapacity: true)
                }
                let slice = UnsafeBufferPointer(rebasing: buffer[Int(token.utf16Start)..<Int(token.utf16End)])
                let other = folding.key(slice, transliterating: !token.isCapitalized)
                words.append(Word(
                    plainKey: token.isCapitalized ? other : keys[tokenIndex], nameKey: token.isCapitalized ? keys[tokenIndex] : other,
                    isCapitalized: token.isCapitalized, isAllUppercase: token.isAllUppercase,
                    isPunctuation: token.kind == .punctuation))
                tokenIndex += 1
            }
            if line >= 0 { body(line, words) }
            for skipped in (line + 1)..<forms.count where skipped >= 0 { body(skipped, []) }
        }
    }

    /// How many line breaks separate the previous token from the one at `offset`.
    private static func countLineBreaks(_ units: [UInt16], before offset: Int) -> Int {
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
    fileprivate var replacingOccurrencesOfLineBreaks: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
