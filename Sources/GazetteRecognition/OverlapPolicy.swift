import GazetteText

/// The one overlap policy of Gazette. Spans never nest or overlap (ANNOTATION.md §1), so
/// among overlapping candidates exactly one survives, chosen by, in order:
/// 1. more tokens (the outermost entity: "Irkutsk Aviation Plant" over "Irkutsk");
/// 2. lower rule priority (`RulePriority`: lexicon entries over patterns);
/// 3. earlier start, then the order rules proposed them.
/// Accepted mentions are returned sorted by position.
public enum OverlapPolicy {
    public static func resolve(_ candidates: [Mention], priorities: [String: Int]) -> [Mention] {
        let ordered = candidates.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.tokenRange.count != b.tokenRange.count { return a.tokenRange.count > b.tokenRange.count }
            let (pa, pb) = (priorities[a.provenance.rule] ?? 99, priorities[b.provenance.rule] ?? 99)
            if pa != pb { return pa < pb }
            if a.tokenRange.lowerBound != b.tokenRange.lowerBound { return a.tokenRange.lowerBound < b.tokenRange.lowerBound }
            return lhs.offset < rhs.offset
        }
        var taken = IndexSetLite()
        var accepted: [Mention] = []
        for (_, candidate) in ordered where !taken.intersects(candidate.tokenRange) {
            taken.insert(candidate.tokenRange)
            accepted.append(candidate)
        }
        return accepted.sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }
}

/// Token positions already claimed by a mention.
struct IndexSetLite {
    private var claimed = Set<Int>()

    func intersects(_ range: Range<Int>) -> Bool { range.contains { claimed.contains($0) } }

    mutating func insert(_ range: Range<Int>) { for index in range { claimed.insert(index) } }
}
