import GazetteTestSupport
import Testing

@testable import GazetteRecognition

@Suite("Recognition rules")
struct RecognitionRuleTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("Lexicon: longest match, transliteration and case variants")
    func lexicon() throws {
        #expect(try probe.mentionsWithRules("Alexander Lukashenko arrived in MINSK and the Republic of Belarus.") == [
            "PERSON:Alexander Lukashenko@lexicon", "REGION:MINSK@lexicon", "REGION:Republic of Belarus@lexicon",
        ])
    }

    @Test("Region type word after a name, in any case; never after an adjective of origin")
    func regionTypeWord() throws {
        #expect(try probe.mentions("Chelyabinsk oblast, Orenburg Region, Primorye Territory and the Volga Federal District.") == [
            "REGION:Chelyabinsk oblast", "REGION:Orenburg Region", "REGION:Primorye Territory", "REGION:Volga Federal District",
        ])
        #expect(try probe.mentions("The Russian region is large.") == [])
    }

    @Test("Region type word before a name: Republic of X")
    func republicOf() throws {
        #expect(try probe.mentions("the Republic of Bashkortostan") == ["REGION:Republic of Bashkortostan"])
    }

    @Test("Enterprise names ending in a head word")
    func enterpriseHead() throws {
        #expect(try probe.mentionsWithRules("He visited Irkutsk Aviation Plant and Kovdor Mining and Processing Plant.") == [
            "ENTERPRISE:Irkutsk Aviation Plant@enterprise-head-word", "ENTERPRISE:Kovdor Mining and Processing Plant@enterprise-head-word",
        ])
        #expect(try probe.mentions("Niva-Holding grew.") == ["ENTERPRISE:Niva-Holding"])
    }

    @Test("Legal forms join the span; quotes inside it are kept")
    func legalForm() throws {
        #expect(try probe.mentionsWithRules("OAO Integral and OJSC “Gomselmash” and PAO United Aircraft Corporation.") == [
            "ENTERPRISE:OAO Integral@legal-form", "ENTERPRISE:OJSC “Gomselmash”@legal-form",
            "ENTERPRISE:PAO United Aircraft Corporation@legal-form",
        ])
    }

    @Test("A descriptor introduces an enterprise without joining its span")
    func descriptor() throws {
        #expect(try probe.mentions("Tomsk company Mikran and the association Gomselmash") == [
            "ENTERPRISE:Mikran", "ENTERPRISE:Gomselmash",
        ])
    }

    @Test("Model codes are named products; the kind word after one is not labelled")
    func modelCodes() throws {
        #expect(try probe.mentions("MAZ-203 buses, MC-21 aircraft, Su-30SM, Il-114-300 and BELARUS 3522 tractors") == [
            "PRODUCT:MAZ-203", "PRODUCT:MC-21", "PRODUCT:Su-30SM", "PRODUCT:Il-114-300", "PRODUCT:BELARUS 3522",
        ])
        #expect(try probe.mentions("Belarus-Russia ties").contains("PRODUCT:Belarus-Russia") == false)
        // A lowercase word the modifiers do not know between code and kind: still the code alone.
        let shipped = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        #expect(try shipped.mentions("It launched BDS-TM160 traction motors and MAZ-303E city buses.") == ["PRODUCT:BDS-TM160", "PRODUCT:MAZ-303E"])
        // A number is no model code: the kind after it is the product.
        #expect(try shipped.mentions("It made 2,000 electric motors.") == ["PRODUCT:electric motors"])
    }

    @Test("Company names told by their shape: CamelCase, industrial endings; not persons, events or common words")
    func enterpriseNameShape() throws {
        let probe = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        #expect(try probe.mentionsWithRules("YeniseiMash will assemble loaders, and Sibtyazhmash and Severgazstroy buy them.") == [
            "ENTERPRISE:YeniseiMash@enterprise-name-shape", "PRODUCT:loaders@product-kind",
            "ENTERPRISE:Sibtyazhmash@enterprise-name-shape", "ENTERPRISE:Severgazstroy@enterprise-name-shape",
        ])
        #expect(try probe.mentions("McDonald, DiCaprio and MacArthur spoke. Destroy it. Smash it.") .allSatisfy { !$0.hasPrefix("ENTERPRISE") })
        #expect(try probe.mentions("They met at the Neftegaz industrial exhibition and the Neftegaz forum.").allSatisfy { !$0.hasPrefix("ENTERPRISE") })
        #expect(try probe.mentions("Innoprom: Sverdlovsk Oblast and Belarus sign a deal.").allSatisfy { !$0.hasPrefix("ENTERPRISE") })
        #expect(EnterpriseNameShapeRule.hasIndustrialEnding(Array("Uralmash".utf16)[...]))
        #expect(!EnterpriseNameShapeRule.hasIndustrialEnding(Array("Gaz".utf16)[...]))
        #expect(!EnterpriseNameShapeRule.hasIndustrialEnding(Array("Destroy".utf16)[...]))
    }

    @Test("An enterprise's alias in parentheses is found again later on its own")
    func parenthesizedAliasShortForm() throws {
        let probe = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        let text = "The loaders are made by the Osipovichi Loader Plant (OZP). OZP Director General Tatyana Milovanova spoke."
        #expect(try probe.mentionsWithRules(text).filter { $0.hasPrefix("ENTERPRISE") } == [
            "ENTERPRISE:Osipovichi Loader Plant@enterprise-head-word", "ENTERPRISE:OZP@parenthesized-alias", "ENTERPRISE:OZP@short-form-link",
        ])
        #expect(try probe.relations(text).contains("leader_of(Tatyana Milovanova, OZP)"))
    }

    @Test("A descriptor with the name in apposition, between commas")
    func descriptorApposition() throws {
        let probe = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        #expect(try probe.mentions("The joint venture, Berezina-Volga Drive, is based in Pavlovo.") == [
            "ENTERPRISE:Berezina-Volga Drive", "REGION:Pavlovo",
        ])
        // Without the closing comma it is no apposition.
        #expect(try probe.mentions("The company, Volga Drive and others met.").contains("ENTERPRISE:Volga Drive") == false)
    }

    @Test("A company named with a weak head word is found again without it, with the full name as canonical")
    func shortFormWithoutWeakHead() throws {
        let probe = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        let text = "The company Berezina Drive Systems makes motors. Berezina Drive General Director Natalya Kovalyova said Berezina Drive would grow."
        #expect(try probe.mentionsWithRules(text).filter { $0.hasPrefix("ENTERPRISE") } == [
            "ENTERPRISE:Berezina Drive Systems@enterprise-descriptor", "ENTERPRISE:Berezina Drive@short-form-link",
            "ENTERPRISE:Berezina Drive@short-form-link",
        ])
        let extraction = try probe.extractor.extract(text)
        #expect(Set(extraction.mentions.filter { $0.type == .enterprise }.map(\.canonical)) == ["Berezina Drive Systems"])
        #expect(try probe.relations(text).contains("leader_of(Natalya Kovalyova, Berezina Drive)"))
        // One word left would be too little to tell a company from a place or a common word.
        #expect(try probe.mentions("The company Neman Systems grew. Neman is a river.").contains("ENTERPRISE:Neman") == false)
    }

    @Test("Product kinds with narrowing modifiers; generic heads need one")
    func productKinds() throws {
        #expect(try probe.mentions("They ship passenger and cargo vehicles, mining equipment, gas-fueled buses and products.") == [
            "PRODUCT:passenger and cargo vehicles", "PRODUCT:mining equipment", "PRODUCT:gas-fueled buses",
        ])
        #expect(try probe.mentions("aircraft engineering and machine tool building") == [])
        #expect(try probe.mentions("new dump trucks") == ["PRODUCT:dump trucks"])
    }

    @Test("Given name plus surname; initials plus surname; not a place")
    func givenNames() throws {
        #expect(try probe.mentions("Oleg Betin met A. G. Petrov in Vladimir Oblast.") == [
            "PERSON:Oleg Betin", "PERSON:A. G. Petrov", "REGION:Vladimir Oblast",
        ])
    }

    @Test("A title names a person no given-name list knows")
    func titledPerson() throws {
        #expect(try probe.mentionsWithRules("Governor of Tula Oblast Aisen Nikolayev spoke.") == [
            "REGION:Tula Oblast@region-type-word", "PERSON:Aisen Nikolayev@title-person",
        ])
    }

    @Test("Short forms link to the full name and carry its canonical name")
    func shortForms() throws {
        let extraction = try probe.extractor.extract("Yury Slyusar met Tula Oblast officials. Slyusar said Tula is close.")
        let rendered = extraction.mentions.map { "\(extraction.text(of: $0))→\($0.canonical ?? "")" }
        #expect(rendered == ["Yury Slyusar→Yury Slyusar", "Tula Oblast→Tula Oblast", "Slyusar→Yury Slyusar", "Tula→Tula Oblast"])
    }

    @Test("Entity grouping: by last name word or by entry, within one type, the first entity on a tie")
    func entityGrouping() throws {
        // The entity scan screens by type, entry and last word before the full comparison.
        let extraction = try probe.extractor.extract(
            "Yury Slyusar met Tula Oblast officials. Russia is big. Slyusar said Tula is close. The Russian Federation agreed.")
        let indices = extraction.mentions.map { $0.entityIndex ?? -1 }
        let names = extraction.mentions.map { extraction.text(of: $0) }
        #expect(names == ["Yury Slyusar", "Tula Oblast", "Russia", "Slyusar", "Tula", "Russian Federation"])
        #expect(indices == [0, 1, 2, 0, 1, 2])
    }

    @Test("Canonical names: the fullest form of one lexicon entry")
    func canonicalByEntry() throws {
        let extraction = try probe.extractor.extract("Russia is big. The Russian Federation agreed.")
        #expect(extraction.mentions.map(\.canonical) == ["Russian Federation", "Russian Federation"])
    }

    @Test("Overlaps: the longer span wins, whatever rule found the shorter one")
    func overlapPolicy() throws {
        #expect(try probe.mentions("Minsk Automobile Plant makes buses.") == ["ENTERPRISE:Minsk Automobile Plant", "PRODUCT:buses"])
        #expect(try probe.mentions("Samara Oblast grows.") == ["REGION:Samara Oblast"])
    }

    @Test("Possessives stay outside spans")
    func possessives() throws {
        #expect(try probe.mentions("Russia’s Samara Oblast and Belarus’ BelAZ") == [
            "REGION:Russia", "REGION:Samara Oblast", "REGION:Belarus", "ENTERPRISE:BelAZ",
        ])
    }
}

@Suite("Recognition: lexicon precision")
struct LexiconPrecisionTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("Words a lexicon writes in capitals match only in capitals")
    func allCaps() throws {
        #expect(try probe.mentions("Prime Minister spoke to PRIME.") == ["ENTERPRISE:PRIME"])
    }

    @Test("Weak type words need a known place: 'Orenburg region' yes, 'Xyzzy Region' no")
    func weakTypeWords() throws {
        #expect(try probe.mentions("the Orenburg region and the Xyzzy Region and Xyzzy Oblast") == [
            "REGION:Orenburg region", "REGION:Xyzzy Oblast",
        ])
    }

    @Test("A surname wins over a town of the same name in that document")
    func surnamePrecedence() throws {
        #expect(try probe.mentions("Gov. Sergei Kovrov arrived. Kovrov said so.") == ["PERSON:Sergei Kovrov", "PERSON:Kovrov"])
        #expect(try probe.mentions("Kovrov is a town.") == ["REGION:Kovrov"])
    }
}

@Suite("Recognition: aliases and document links")
struct AliasAndLinkTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("A name in parentheses after an enterprise is its alias")
    func parenthesizedAlias() throws {
        #expect(try probe.mentionsWithRules("the Yaroslavl Motor Plant (Avtodizel) ships buses") == [
            "ENTERPRISE:Yaroslavl Motor Plant@enterprise-head-word", "ENTERPRISE:Avtodizel@parenthesized-alias", "PRODUCT:buses@product-kind",
        ])
    }

    @Test("A descriptor's quotes stay outside the name; legal-form names link without the form")
    func quotesAndLinks() throws {
        #expect(try probe.mentions("the Minsk company «Seim-Rezina» grows") == ["REGION:Minsk", "ENTERPRISE:Seim-Rezina"])
        #expect(try probe.mentions("OJSC Yantar-Kholod grows. Yantar-Kholod builds.") == [
            "ENTERPRISE:OJSC Yantar-Kholod", "ENTERPRISE:Yantar-Kholod",
        ])
    }
}
