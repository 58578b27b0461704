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
        let byShape = lexicons.phraseStartKindsByWordAndShape
        var compared = 0
        for kind in LexiconKind.allCases {
            for start in ids.indices {
                let expected = reference(lexicons.table(kind), ids: ids, tokens: segmented.tokens, start: start)
                let found = lexicons.longestMatch(kind, in: ids, tokens: segmented.tokens, from: start, limit: ids.count)
                #expect(found.map { "\($0.length):\($0.match.entryIndex):\($0.match.formIndex)" } == expected, "\(kind) at \(start)")
                // No phrase starts where the start bit is clear, nor where the shape-aware bit is.
                if starts[start] & kind.phraseBit == 0 { #expect(expected == nil) }
                let shaped = Lexicons.startKinds(byShape, word: ids[start], shape: Lexicons.shapeClass(of: segmented.tokens[start]))
                if shaped & kind.phraseBit == 0 { #expect(expected == nil, "\(kind) at \(start): shape bit clear") }
                // The shape-aware bits narrow the plain ones.
                #expect(shaped & ~starts[start] == 0)
                if expected != nil { compared += 1 }
            }
        }
        #expect(compared > 10)
    }

    @Test("Shape-aware start bits follow the first word's capitals, and survive the cache encoding")
    func shapeAwareStarts() throws {
        let lexicons = try TestSupport.lexicons([
            "region.hague\tREGION\tThe Hague",
            "ent.maz\tENTERPRISE\tMAZ",
            "prod.thing\tPRODUCT\tthe thing",
            "head.tractor\tPRODUCT_HEAD\ttractor",
        ])
        let byShape = lexicons.phraseStartKindsByWordAndShape
        func kinds(_ word: String, _ shape: Int) -> UInt16 {
            Lexicons.startKinds(byShape, word: lexicons.vocabulary.id(forWord: word), shape: shape)
        }
        let plain = 0, capitalized = 1, allCaps = 3
        // "The Hague" needs a capitalised "The"; the product "the thing" takes any shape.
        #expect(kinds("the", plain) == LexiconKind.product.phraseBit)
        #expect(kinds("the", capitalized) == LexiconKind.product.phraseBit | LexiconKind.region.phraseBit)
        // "MAZ" is written in capitals, so only an all-caps token starts it.
        #expect(kinds("maz", capitalized) == 0)
        #expect(kinds("maz", allCaps) == LexiconKind.enterprise.phraseBit)
        // Cue words are not names: any capitals.
        #expect(kinds("tractor", plain) == LexiconKind.productHead.phraseBit)
        #expect(kinds("tractor", allCaps) == LexiconKind.productHead.phraseBit)
        #expect(Lexicons.startKinds(byShape, word: -1, shape: plain) == 0)
        #expect(Lexicons.startKinds(byShape, word: Int32(byShape.count), shape: plain) == 0)
    }
}
