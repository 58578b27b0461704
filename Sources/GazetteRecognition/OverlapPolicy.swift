import GazetteText

/// The one overlap policy of Gazette. Spans never nest or overlap (ANNOTATION.md §1), so
/// among overlapping candidates exactly one survives, chosen by, in order:
/// 1. more tokens (the outermost entity: "Irkutsk Aviation Plant" over "Irkutsk");
/// 2. lower rule priority (`RulePriority`: lexicon entries over patterns);
/// 3. earlier start, then the order rules proposed them.
/// Accepted mentions are returned sorted by position.
public enum OverlapPolicy {
    public static func resolve(_ candidates: [Mention], priorities: [String: Int]) -> [Mention] {
        guard !candidates.isEmpty else { return [] }
        // One sort key per candidate (length, priority, start, proposal order), so the
        // comparator never hashes a rule name.
        let keys = candidates.map { (length: $0.tokenRange.count, priority: priorities[$0.provenance.rule] ?? 99, start: $0.tokenRange.lowerBound) }
        let order = candidates.indices.sorted { a, b in
            let (ka, kb) = (keys[a], keys[b])
            if ka.length != kb.length { return ka.length > kb.length }
            if ka.priority != kb.priority { return ka.priority < kb.priority }
            if ka.start != kb.start { return ka.start < kb.start }
            return a < b
        }
        let end = candidates.map(\.tokenRange.upperBound).max() ?? 0
        var claimed = [Bool](repeating: false, count: end)
        var accepted: [Mention] = []
        for index in order {
            let range = candidates[index].tokenRange
            if range.contains(where: { claimed[$0] }) { continue }
            for position in range { claimed[position] = true }
            accepted.append(candidates[index])
        }
        return accepted.sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }
}
