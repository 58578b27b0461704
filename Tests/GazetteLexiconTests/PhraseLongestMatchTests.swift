import GazetteLexicon
import GazetteTestSupport
import GazetteText
import Testing

@Suite("Longest phrase match with capitalisation")
struct PhraseLongestMatchTests {
    /// The answer `longestMatch(in:tokens:from:limit:)` must give: walk every match and
    /// keep, per length, the first whose capitalised words are capitalised in the text.
    /// "length:entry:form" of the answer, or nil.
    private func reference(_ table: PhraseTable, ids: [Int32], tokens: [Token], start: Int) -> String? {
        var best: String?
        table.forEachMatch(in: ids, from: start, limit: ids.count) { length, matches in
            let first = matches.first { match in
                (0..<length).allSatisfy { position in
                    let token = tokens[start + position]
                    let bit = UInt64(1) << UInt64(position)
                    return (match.capitalizationMask & bit == 0 || token.isCapitalized)
                        && (match.allCapsMask & bit == 0 || token.isAllUppercase)
                }
            }
            if let first { best = "\(length):\(first.entryIndex):\(first.formIndex)" }
        }
        return best
    }

    @Test("Agrees with walking every match, on every start and kind")
    func agreesWithReference() throws {
        let lexicons = try TestSupport.shippedLexicons.get()
        let text = """
            Belarusian President Aleksandr Lukashenko met the Governor of Samara Oblast in MINSK. \
            The minsk tractor works and Minsk Tractor Works ship BELARUS tractors; led lamps and LED lamps. \
            the Republic of Belarus, the republic of belarus, OAO Integral, oao integral and Rostov-on-Don.
            """
        let segmented = try Segmenter().segment(text)
        let ids = lexicons.wordIDs(of: segmented)
        let starts = lexicons.phraseStartKinds(of: ids)
        var compared = 0
        for kind in LexiconKind.allCases {
            for start in ids.indices {
                let expected = reference(lexicons.table(kind), ids: ids, tokens: segmented.tokens, start: start)
                let found = lexicons.longestMatch(kind, in: ids, tokens: segmented.tokens, from: start, limit: ids.count)
                #expect(found.map { "\($0.length):\($0.match.entryIndex):\($0.match.formIndex)" } == expected, "\(kind) at \(start)")
                // No phrase starts where the start bit is clear.
                if starts[start] & kind.phraseBit == 0 { #expect(expected == nil) }
                if expected != nil { compared += 1 }
            }
        }
        #expect(compared > 10)
    }
}
