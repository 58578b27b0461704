@testable import GazetteRecognition
import Testing

@Suite("Overlap policy")
struct OverlapPolicyTests {
    /// The policy as stated: claim in policy order, then a stable sort by start.
    private func reference(_ candidates: [MentionCandidate], rules: RuleNames) -> [MentionCandidate] {
        let order = OverlapPolicy.comparedOrder(candidates, priorities: rules.priorities)
        var claimed = Set<Int32>()
        var accepted: [MentionCandidate] = []
        for index in order {
            let candidate = candidates[index]
            let range = candidate.start..<candidate.end
            if range.contains(where: claimed.contains) { continue }
            claimed.formUnion(range)
            accepted.append(candidate)
        }
        return accepted.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    private func describe(_ candidates: [MentionCandidate]) -> [String] {
        candidates.map { "\($0.start)-\($0.end) r\($0.rule) e\($0.entry)" }
    }

    @Test("Resolving equals claiming in policy order and sorting by start, with and without empty ranges")
    func matchesReference() {
        var generator = SystemRandomNumberGenerator()
        let rules = RuleNames(rules: Recognizer.defaultRules)
        for round in 0..<300 {
            let allowEmpty = round % 3 == 0
            let candidates = (0..<Int.random(in: 1...50, using: &generator)).map { number in
                let start = Int.random(in: 0..<40, using: &generator)
                let length = Int.random(in: (allowEmpty ? 0 : 1)...4, using: &generator)
                return MentionCandidate(
                    type: .region, tokenRange: start..<(start + length),
                    rule: RuleID(Int.random(in: 0..<rules.names.count, using: &generator)), entry: Int32(number))
            }
            #expect(describe(OverlapPolicy.resolve(candidates, rules: rules)) == describe(reference(candidates, rules: rules)))
        }
        #expect(OverlapPolicy.resolve([], rules: rules).isEmpty)
    }
}
