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

    @Test("Entry traits decode the attributes rules test")
    func entryTraits() throws {
        let lexicons = try TestSupport.lexicons([
            "head.equipment\tPRODUCT_HEAD\tequipment\t\tgeneric=true;stays_generic_with=other",
            "head.tractor\tPRODUCT_HEAD\ttractor\t\tgeneric=false",
            "ehead.centre\tENTERPRISE_HEAD\tCentre\t\tstrength=weak",
            "ehead.plant\tENTERPRISE_HEAD\tPlant\t\tstrength=strong",
            "legal.oao\tLEGAL_FORM\tOAO\t\tposition=before",
            "legal.jsc\tLEGAL_FORM\tJSC\t\tposition=after",
            "rtype.republic\tREGION_TYPE\tRepublic\t\tposition=both",
            "rtype.oblast\tREGION_TYPE\tOblast",
        ])
        func traits(_ id: String) -> EntryTraits? { lexicons.entryIndex(id: id).map { lexicons.entryTraits[$0] } }
        #expect(traits("head.equipment")?.isGeneric == true)
        #expect(traits("head.tractor")?.isGeneric == false)
        #expect(traits("ehead.centre")?.isWeak == true)
        #expect(traits("ehead.plant")?.isWeak == false)
        #expect(traits("legal.oao")?.position == .before)
        #expect(traits("legal.jsc")?.position == .after)
        #expect(traits("rtype.republic")?.position == .other)
        #expect(traits("rtype.oblast")?.position == .unset)
        #expect(lexicons.entryTraits.count == lexicons.entries.count)
    }
}
