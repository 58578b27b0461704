import GazetteText
import Testing

@Suite("Folding")
struct FoldingTests {
    private func name(_ word: String) -> String { Folding.key(word, transliterating: true) }

    @Test("Transliteration variants of names share a key", arguments: [
        ["Aleksandr", "Alexander", "Alexandr"],
        ["Yury", "Yuri", "Yuriy", "Yurii"],
        ["Sergei", "Sergey"],
        ["Degtyaryov", "Degtyarev"],
        ["Yevgeny", "Evgeny", "Evgeniy"],
        ["Minnikhanov", "Minikhanov"],
        ["Yakutia", "Yakutiya"],
        ["Łukašenka", "Lukasenka"],
        ["Russia’s", "Russia's"],
    ])
    func variants(_ forms: [String]) {
        let keys = Set(forms.map(name))
        #expect(keys.count == 1, "\(forms) folded to \(keys)")
    }

    @Test("Plain keys only lowercase and fold punctuation and diacritics")
    func plainKeys() {
        #expect(Folding.key("Goods") == "goods")
        #expect(Folding.key("goods") != Folding.key("gods"))
        #expect(Folding.key("MINSK") == "minsk")
        #expect(Folding.key("Škoda") == "skoda")
        #expect(Folding.key("Минск") == "минск")
    }

    @Test("Different names stay different")
    func distinct() {
        #expect(name("Gomel") != name("Homel"))
        #expect(name("Samara") != name("Saratov"))
    }
}

@Suite("Folding: invisible characters and combining accents")
struct FoldingIgnorableTests {
    @Test("Soft hyphens, bidi and zero-width marks, and decomposed accents fold away", arguments: [
        ("Bela\u{AD}rus", "belarus"), ("\u{200F}Minsk\u{200F}", "minsk"), ("Mi\u{301}nsk", "minsk"),
        ("Min\u{200B}sk", "minsk"), ("\u{FEFF}Tula", "tula"), ("Mínsk", "minsk"),
    ])
    func ignorable(_ pair: (String, String)) {
        #expect(Folding.key(pair.0) == pair.1)
    }
}
