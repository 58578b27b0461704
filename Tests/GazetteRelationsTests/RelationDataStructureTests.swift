import GazetteLexicon
import GazetteRecognition
import GazetteText
@testable import GazetteRelations
import GazetteTestSupport
import Testing

@Suite("Relation-stage data structures")
struct RelationDataStructureTests {
    @Test("Every cue word classifies as itself, other keys as none")
    func cueWordRoundTrip() {
        let table = CueWordTable.shared
        for word in CueWord.allCases {
            #expect(table.cue(of: word.spelling) == word, "\(word)")
        }
        #expect(CueWord.allCases.count < 128, "a CueSet holds 127 words, its last bit standing for none")
        #expect(Set(CueWord.allCases.map(\.spelling)).count == CueWord.allCases.count)
        for key in ["ofx", "o", "th", "minsk", "cooperation", "internationalisation", "”", "»", "Of", "of ", "of\u{0}", "n’t", "—"] {
            #expect(table.cue(of: key) == nil, "\(key)")
        }
    }

    @Test("Classification agrees with String equality, canonical equivalents included")
    func cueWordEquivalence() {
        let table = CueWordTable.shared
        // U+037E GREEK QUESTION MARK is canonically equivalent to ";".
        let keys = ["\u{037E}", ";", "“", "«", "„", "caf\u{E9}", "cafe\u{301}", String(repeating: "a", count: 15), String(repeating: "é", count: 20)]
        for key in keys {
            #expect(table.cue(of: key) == CueWord.allCases.first(where: { $0.spelling == key }), "\(key)")
        }
        #expect(table.cue(of: "\u{037E}") == .semicolon)
        #expect(table.cue(of: "") == .empty)
    }

    @Test("Classification by key hash agrees with classification by key")
    func cueWordByHash() {
        let table = CueWordTable.shared
        var keys = CueWord.allCases.map(\.spelling)
        keys += ["ofx", "o", "th", "minsk", "cooperation", "internationalisation", "”", "»", "Of", "of ", "n’t", "—", "1990", ""]
        keys += ["\u{037E}", "caf\u{E9}", "cafe\u{301}", String(repeating: "a", count: 15), String(repeating: "é", count: 20)]
        for key in keys {
            #expect(table.cue(of: key, hash: KeyHash.hash(key)) == table.cue(of: key), "\(key)")
        }
        // A canonical equivalent of a spelling, with other bytes and so another hash.
        #expect(table.cue(of: "\u{037E}", hash: KeyHash.hash("\u{037E}")) == .semicolon)
    }

    @Test("Only the marked cue words get clause marks")
    func clauseMarks() {
        let neighbours: [CueWord?] = [nil, .empty, .also, .said, .comma]
        for cue in CueWord.allCases where !ClauseMarks.markedCues.contains(cue) {
            for previous in neighbours {
                for next in neighbours {
                    for isPunctuation in [false, true] {
                        let marks = ClauseMarks(cue, previous: previous, next: next, isPunctuation: isPunctuation)
                        #expect(!marks.isBoundary && !marks.opensSpeech, "\(cue)")
                    }
                }
            }
        }
        #expect(ClauseMarks(.semicolon, previous: nil, next: nil, isPunctuation: true).isBoundary)
        #expect(ClauseMarks(.colon, previous: nil, next: nil, isPunctuation: true).opensSpeech)
    }

    @Test("A link phrase knows its length, first word and kind")
    func linkPhrase() {
        let phrase: LinkPhrase = [.comma, .the, .administrative, .centre, .of]
        #expect(phrase.count == 5 && phrase.first == .comma)
        #expect(phrase.isAppositive && !phrase.isComma && !phrase.locatesEnterprise)
        let located: LinkPhrase = [.comma, .located, .in]
        #expect(located.count == 3 && !located.isAppositive && located.locatesEnterprise)
        let longest: LinkPhrase = [.is, .an, .important, .part, .of, .the, .comma, .division]
        #expect(longest.count == 8 && longest.first == .is)
    }

    @Test("The default rules are called directly; other rule lists through their closures")
    func directlyCalledRules() {
        #expect(RelationExtractor().runsDefaultRules)
        #expect(RelationExtractor(rules: RelationExtractor.defaultRules).runsDefaultRules)
        #expect(!RelationExtractor(rules: Array(RelationExtractor.defaultRules.dropLast())).runsDefaultRules)
        #expect(!RelationExtractor(rules: [TriggerRule()]).runsDefaultRules)
    }

    @Test("CueSet holds exactly its words, at both ends of the bit range")
    func cueSet() {
        let words: [CueWord] = [.empty, .comma, .of, .division, .affiliate]
        let set = CueSet(words)
        for word in CueWord.allCases { #expect(set.contains(word) == words.contains(word), "\(word)") }
        #expect(!set.contains(nil))
        let everyWord = CueSet(CueWord.allCases)
        #expect(CueWord.allCases.allSatisfy { everyWord.contains($0) } && !everyWord.contains(nil), "no word stands for none")
        let literal: CueSet = [.and, .or]
        #expect(literal.contains(.and) && literal.contains(.or) && !literal.contains(.the))
    }

    @Test("EntityTypes holds one bit per entity type")
    func entityTypes() {
        var types = EntityTypes()
        #expect(types.isEmpty)
        types.insert(EntityTypes(.region))
        types.insert(EntityTypes(.product))
        #expect(types == [.region, .product])
        #expect(types.isSuperset(of: .region) && !types.isSuperset(of: [.region, .enterprise]))
        #expect(types.isDisjoint(with: [.person, .enterprise]) && !types.isDisjoint(with: [.person, .product]))
        let all = EntityType.allCases.reduce(into: EntityTypes()) { $0.insert(EntityTypes($1)) }
        #expect(all.rawValue == 0b1111, "a distinct bit per type")
    }

    @Test("PositionSet stores positions inline and beyond 64")
    func positionSet() {
        var set = PositionSet()
        #expect(set.isEmpty)
        for position in [0, 5, 63, 64, 200, 1_000] { set.insert(position) }
        #expect(set.elements == [0, 5, 63, 64, 200, 1_000])
        #expect(set.contains(63) && set.contains(64) && !set.contains(65) && !set.contains(-1) && !set.contains(5_000))
        var other = PositionSet()
        other.insert(7)
        other.insert(300)
        set.formUnion(other)
        #expect(set.elements == [0, 5, 7, 63, 64, 200, 300, 1_000])
        #expect(!set.isEmpty)
    }

    @Test("SmallSet inserts once, below and above its hashing threshold")
    func smallSet() {
        var set = SmallSet<Int>()
        let count = SmallSet<Int>.hashingThreshold * 3
        for value in 0..<count {
            let inserted = set.insert(value)
            #expect(inserted)
        }
        for value in 0..<count {
            let inserted = set.insert(value)
            #expect(!inserted)
        }
        let inserted = set.insert(count)
        #expect(inserted)
    }
}

@Suite("Relation lexicon")
struct RelationLexiconTests {
    @Test("A word id decides a cue word only when every key of the id spells it")
    func cueByWordID() throws {
        let lexicons = try TestSupport.shippedLexicons.get()
        let relationLexicon = RelationLexicon(lexicons: lexicons)
        var decided = 0
        lexicons.vocabulary.forEachKey { key, id in
            guard let cue = relationLexicon.cue(ofWord: id) else { return }
            decided += 1
            #expect(cue == CueWordTable.shared.cue(of: key), "\(key)")
        }
        #expect(decided > 0)
        #expect(relationLexicon.cue(ofWord: -1) == nil)
        #expect(relationLexicon.cue(ofWord: lexicons.vocabulary.count) == nil)
    }
}
