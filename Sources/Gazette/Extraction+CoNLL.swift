extension Extraction {
    /// The BIO tag of every token (`text.tokens`, in order): `B-TYPE` on a mention's first
    /// token, `I-TYPE` on its other tokens, `O` elsewhere. Mentions are token ranges, so
    /// the tags hold them exactly.
    public func bioTags() -> [String] {
        var tags = [String](repeating: "O", count: text.tokens.count)
        for mention in mentions {
            for index in mention.tokenRange {
                tags[index] = (index == mention.tokenRange.lowerBound ? "B-" : "I-") + mention.type.rawValue
            }
        }
        return tags
    }

    /// The article in CoNLL-2003 style columns, as conlleval and seqeval read them:
    ///
    /// ```
    /// -DOCSTART- O
    ///
    /// Belarus B-REGION
    /// President O
    /// Aleksandr B-PERSON
    /// Lukashenko I-PERSON
    /// ```
    ///
    /// A `-DOCSTART- O` line and a blank line, then one `TOKEN TAG` line per token of
    /// Gazette's segmentation (`text.tokens`), each sentence (`text.sentences`) followed by
    /// a blank line. White space inside a token (none in practice) is written as `_` so that
    /// every line has exactly two columns. The date marker is not a token and is left out.
    public func conll() -> String {
        let tags = bioTags()
        var output = Self.conllDocumentStart
        output.reserveCapacity(text.text.utf8.count * 2 + 32)
        for sentence in text.sentences {
            for index in sentence.tokenRange {
                output += Self.conllColumn(text.text(of: text.tokens[index]))
                output += " "
                output += tags[index]
                output += "\n"
            }
            output += "\n"
        }
        return output
    }

    /// The lines that open every article: CoNLL-2003's document marker and a blank line.
    public static let conllDocumentStart = "-DOCSTART- O\n\n"

    /// A token as one column: white space replaced, so that it cannot split the line.
    static func conllColumn(_ token: String) -> String {
        guard token.unicodeScalars.contains(where: \.properties.isWhitespace) else { return token }
        var view = String.UnicodeScalarView()
        for scalar in token.unicodeScalars { view.append(scalar.properties.isWhitespace ? "_" : scalar) }
        return String(view)
    }
}
