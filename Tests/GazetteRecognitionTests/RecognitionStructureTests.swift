@testable import GazetteRecognition
import Testing

@Suite("Recognition data structures")
struct RecognitionStructureTests {
    @Test("KeySet answers as a Set<String>, filter or not")
    func keySet() {
        let words: Set<String> = ["of", "and", "post-soviet", "engineering", "hub"]
        let set = KeySet(words)
        let probes = ["of", "off", "o", "", "and", "And", "post-soviet", "post", "hub", "hubs", "engineering", "é", "ｏｆ",
                      "a-very-long-key-that-is-longer-than-the-filter-rows", "\u{212A}"]
        for probe in probes { #expect(set.contains(probe) == words.contains(probe), "\(probe)") }
        // Members the byte filter cannot vouch for (non-ASCII, or K with its Kelvin-sign twin).
        let unfiltered: Set<String> = ["café", "K", ""]
        let plain = KeySet(unfiltered)
        for probe in ["café", "cafe\u{301}", "K", "\u{212A}", "", "x"] { #expect(plain.contains(probe) == unfiltered.contains(probe), "\(probe)") }
    }

    @Test("WordIDFilter never forgets an id")
    func wordIDFilter() {
        var filter = WordIDFilter()
        let ids: [Int32] = [-1, 0, 5, 63, 64, 1023, 1024, 70_000, Int32.max]
        for id in ids { filter.insert(id) }
        for id in ids { #expect(filter.mayContain(id)) }
        #expect(!WordIDFilter().mayContain(7))
        #expect(!filter.mayContain(6))
    }

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
}
