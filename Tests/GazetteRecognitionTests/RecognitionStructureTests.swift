import GazetteLexicon
@testable import GazetteRecognition
import GazetteTestSupport
import GazetteText
import Testing

@Suite("Recognition data structures")
struct RecognitionStructureTests {
    @Test("Packed overlap order equals the field-by-field order")
    func packedOrder() {
        var generator = SystemRandomNumberGenerator()
        let rules = RuleNames(rules: Recognizer.defaultRules)
        let ranks = rules.priorityRanks ?? []
        #expect(ranks.count == rules.priorities.count)
        for _ in 0..<50 {
            let candidates = (0..<Int.random(in: 1...60, using: &generator)).map { _ in
                let start = Int.random(in: 0..<40, using: &generator)
                return MentionCandidate(
                    type: .region, tokenRange: start..<(start + Int.random(in: 1...4, using: &generator)),
                    rule: RuleID(Int.random(in: 0..<rules.names.count, using: &generator)))
            }
            #expect(OverlapPolicy.packedOrder(candidates, ranks: ranks) == OverlapPolicy.comparedOrder(candidates, priorities: rules.priorities))
        }
    }

    @Test("Rule names intern to ids; shared names share an id and the lowest priority")
    func ruleNames() {
        let rules = RuleNames(rules: [LexiconMatchRule(), ModelCodeRule(), LexiconMatchRule()])
        #expect(rules.names.prefix(2) == ["lexicon", "model-code"])
        #expect(rules.lexicon == 0)
        #expect(rules.productKind == nil)
        #expect(rules.name(rules.shortFormLink) == "short-form-link")
        #expect(rules.priority(0) == RulePriority.lexicon)
    }

    @Test("Comma-separated items match whole items only")
    func commaSeparated() {
        #expect(ProductKindRule.isItem("food", ofCommaSeparated: "agricultural,food,industrial"))
        #expect(!ProductKindRule.isItem("foo", ofCommaSeparated: "agricultural,food,industrial"))
        #expect(ProductKindRule.isItem("industrial", ofCommaSeparated: ",,industrial,"))
        #expect(!ProductKindRule.isItem("", ofCommaSeparated: "a,,b"))
        #expect(ProductKindRule.isItem("café", ofCommaSeparated: "thé,café"))
    }

    @Test("HashedKeySet answers as a Set<String>, by hash or not")
    func hashedKeySet() {
        let words: Set<String> = ["of", "and", "post-soviet", "engineering", "hub", "the"]
        let set = HashedKeySet(words)
        let probes = ["of", "off", "o", "", "and", "And", "post-soviet", "post", "hub", "hubs", "engineering", "é", "ｏｆ", "the",
                      "\u{212A}"]
        for probe in probes {
            #expect(set.contains(probe) == words.contains(probe), "\(probe)")
            #expect(set.contains(probe, hash: KeyHash.hash(probe)) == words.contains(probe), "\(probe)")
        }
        // Members whose canonical equivalents have other bytes: the plain set answers.
        let unhashed: Set<String> = ["café", "K", ""]
        let plain = HashedKeySet(unhashed)
        for probe in ["café", "cafe\u{301}", "K", "\u{212A}", "", "x"] {
            #expect(plain.contains(probe) == unhashed.contains(probe), "\(probe)")
        }
        // Many members: probing past collisions in the table.
        let many = Set((0..<500).map { "word\($0)" })
        let large = HashedKeySet(many)
        for index in 0..<600 { #expect(large.contains("word\(index)") == (index < 500)) }
    }

    @Test("Token sets list exactly the tokens a per-token test finds, in any range")
    func tokenSets() throws {
        let lexicons = try TestSupport.shippedLexicons.get()
        // Long enough for several 64-bit words, with sentences that start mid-word.
        var text = "The Governor of Samara Oblast met OAO Integral and the MINSK Tractor Works about tractors and buses. "
        text += String(repeating: "In Minsk, the plant ships BELARUS tractors to Russia. ", count: 12)
        let segmented = try Segmenter(options: lexicons.segmentationOptions).segment(text)
        let context = RecognitionContext(text: segmented, lexicons: lexicons)
        let sets = context.tokenSets
        let count = context.tokens.count
        #expect(count > 130)
        let shapeStarts = lexicons.phraseStartKindsByWordAndShape
        func expected(_ name: TokenSets.Name, _ index: Int) -> Bool {
            let token = context.tokens[index]
            let kinds = Lexicons.startKinds(shapeStarts, word: context.wordIDs[index], shape: Lexicons.shapeClass(of: token))
            switch name.number {
            case TokenSets.Name.capitalized.number: return token.isCapitalized
            case TokenSets.Name.capitalizedWord.number: return token.isCapitalized && token.kind == .word
            case TokenSets.Name.entityStart.number: return kinds & TokenSets.entityKinds != 0
            default: return kinds & (1 << UInt16(name.number)) != 0
            }
        }
        let names = LexiconKind.allCases.map { TokenSets.Name.startOf($0) } + [.capitalized, .capitalizedWord, .entityStart]
        let ranges = [0..<count, 0..<0, 5..<5, 3..<64, 63..<65, 64..<128, 60..<count, (count - 1)..<count] + context.text.sentences.map(\.tokenRange)
        for name in names {
            for range in ranges {
                let found = Array(sets.positions(name, in: range))
                #expect(found == range.filter { expected(name, $0) }, "set \(name.number) in \(range)")
            }
            for index in 0..<count { #expect(sets.contains(name, index) == expected(name, index)) }
        }
        #expect(names.contains { !Array(sets.positions($0, in: 0..<count)).isEmpty })
        // Per-token facts the context answers from the same pass.
        for index in 0..<count {
            #expect(sets.matchStarts[index] & ~context.phraseStarts[index] == 0)
            #expect(context.phraseStarts[index] == lexicons.phraseStartKinds(of: [context.wordIDs[index]])[0])
            #expect(context.isRegionTypeWord(index) == lexicons.isRegionTypeWord(context.wordIDs[index]))
        }
        // Sentence facts: the union of the tokens' facts.
        for (sentence, facts) in zip(context.text.sentences, sets.sentenceFacts) {
            var union: UInt32 = 0
            for index in sentence.tokenRange {
                union |= UInt32(sets.matchStarts[index]) | (context.tokens[index].isCapitalized ? TokenTrigger.capitalized : 0)
            }
            #expect(facts == union)
        }
    }

    @Test("HashSafeKey accepts exactly ASCII keys without K, ; and `")
    func hashSafeKeys() {
        for key in ["", "a", "minsk", "post-soviet", "a-very-long-key-with-many-bytes-0123456789", "it's", "x.y"] {
            #expect(HashSafeKey.check(key), "\(key)")
        }
        for key in ["K", "aK", "kelvin-K-sign", "a;b", "`", "caf\u{E9}", "\u{212A}", "long-ascii-then-\u{E9}", "0123456K", "01234567;"] {
            #expect(!HashSafeKey.check(key), "\(key)")
        }
        // Every position of an eight-byte word is checked.
        for position in 0..<16 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
            bytes[position] = UInt8(ascii: "`")
            #expect(!HashSafeKey.check(String(decoding: bytes, as: UTF8.self)))
        }
    }

    @Test("Short-form table groups forms by first word as a String-keyed dictionary would")
    func shortFormTable() {
        // Keys of tokens 0-9; equal keys at different positions, one decomposed "é".
        let keys = ["gruzdev", "tula", "yantar", "-", "kholod", "gruzdev", "tula", "caf\u{E9}", "cafe\u{301}", "tula"]
        var table = ShortFormTable(keys: keys, hashes: keys.map { KeyHash.hash($0) })
        #expect(table.isEmpty)
        table.add(CollectionOfOne(0), .person)
        table.add(CollectionOfOne(1), .region)
        table.add([2, 3, 4], .enterprise)
        table.add(CollectionOfOne(5), .region)  // same words as form 0: kept once, as a person
        table.add([6, 4], .enterprise)  // "tula kholod": a second form of the group "tula"
        table.add(CollectionOfOne(7), .product)
        #expect(table.forms.count == 5)
        func group(_ index: Int) -> [String] {
            var found: [String] = []
            var cursor = table.group(startingWith: index)
            while cursor >= 0 {
                let form = table.forms[Int(cursor)]
                found.append((0..<Int(form.count)).map { keys[table.token(form, $0)] }.joined(separator: " ") + ":\(form.type)")
                cursor = form.next
            }
            return found
        }
        #expect(group(5) == ["gruzdev:person"])
        #expect(group(9) == ["tula:region", "tula kholod:enterprise"])
        #expect(group(2) == ["yantar - kholod:enterprise"])
        #expect(group(3).isEmpty)
        // Canonically equal keys with other bytes find the same group.
        #expect(group(8) == ["caf\u{E9}:product"])
        // Many groups: the table grows and keeps every group.
        let many = (0..<100).map { "word\($0)" }
        var large = ShortFormTable(keys: many, hashes: many.map { KeyHash.hash($0) })
        for index in many.indices { large.add(CollectionOfOne(index), .person) }
        for index in many.indices { #expect(large.group(startingWith: index) == Int32(index)) }
    }
}
