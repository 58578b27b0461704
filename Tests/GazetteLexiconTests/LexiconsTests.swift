import GazetteLexicon
import GazetteTestSupport
import GazetteText
import Testing

@Suite("Compiled lexicons")
struct LexiconsTests {
    private func matchLengths(_ kind: LexiconKind, in text: String, lexicons: Lexicons) throws -> [String] {
        let segmented = try Segmenter().segment(text)
        let ids = lexicons.wordIDs(of: segmented)
        var found: [String] = []
        for start in ids.indices {
            var longest = 0
            lexicons.table(kind).forEachMatch(in: ids, from: start, limit: ids.count) { length, _ in longest = length }
            if longest > 0 { found.append(segmented.text(ofTokens: start..<(start + longest))) }
        }
        return found
    }

    @Test("Region type words of one class are synonyms; case of type words is free")
    func regionTypeSynonyms() throws {
        let lexicons = try TestSupport.lexicons([
            "rtype.oblast\tREGION_TYPE\tOblast\tRegion | Province\tclass=oblast",
            "region.samara_oblast\tREGION\tSamara Oblast",
        ])
        #expect(try matchLengths(.region, in: "Samara region and Samara Province and Samara oblast", lexicons: lexicons)
            == ["Samara region", "Samara Province", "Samara oblast"])
    }

    @Test("Longest match wins and transliteration variants match")
    func longestAndVariants() throws {
        let lexicons = try TestSupport.lexicons([
            "p.luk\tPERSON\tAleksandr Lukashenko",
            "r.rostov\tREGION\tRostov",
            "r.rostov_on_don\tREGION\tRostov-on-Don",
        ])
        #expect(try matchLengths(.person, in: "Alexander Lukashenko met", lexicons: lexicons) == ["Alexander Lukashenko"])
        #expect(try matchLengths(.region, in: "in Rostov-on-Don", lexicons: lexicons) == ["Rostov-on-Don"])
    }

    @Test("Abbreviations feed the segmenter")
    func abbreviations() throws {
        let lexicons = try TestSupport.lexicons(["abbr.obl\tABBREVIATION\tObl."])
        let segmenter = try Segmenter(options: lexicons.segmentationOptions)
        #expect(try segmenter.segment("Tula Obl. Governor spoke. He left.").sentences.count == 2)
    }

    @Test("Word ids handed out by the segmenter equal the lookups")
    func wordIDsFromSegmenter() throws {
        let lexicons = try TestSupport.lexicons([
            "p.luk\tPERSON\tAleksandr Lukashenko",
            "rtype.oblast\tREGION_TYPE\tOblast\tRegion | Province\tclass=oblast",
            "region.samara_oblast\tREGION\tSamara Oblast",
        ])
        let numbering = try Segmenter(options: lexicons.segmentationOptions)
        let text = "Alexander Lukashenko visited Samara region, then Samara Province; Lukashenko left."
        for _ in 0..<2 {
            let numbered = try numbering.segment(text)
            #expect(numbered.wordIDs(from: lexicons) != nil)
            #expect(lexicons.wordIDs(of: numbered) == lexicons.wordIDs(of: try Segmenter().segment(text)))
        }
    }

    @Test("The shipped lexicons load without errors and cover each kind")
    func shippedLexicons() throws {
        let lexicons = try TestSupport.shippedLexicons.get()
        for kind in LexiconKind.allCases where kind != .product {
            #expect(lexicons.table(kind).phraseCount > 0, "no \(kind.rawValue) entries shipped")
        }
        #expect(lexicons.table(.region).phraseCount > 300)
        #expect(lexicons.table(.enterprise).phraseCount > 200)
    }
}
