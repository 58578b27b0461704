import GazetteText

/// The one overlap policy of Gazette. Spans never nest or overlap (ANNOTATION.md §1), so
/// among overlapping candidates exactly one survives, chosen by, in order:
/// 1. more tokens (the outermost entity: "Irkutsk Aviation Plant" over "Irkutsk");
/// 2. lower rule priority (`RulePriority`: lexicon entries over patterns);
/// 3. earlier start, then the order rules proposed them.
/// Accepted mentions are returned sorted by position.
public enum OverlapPolicy {
    /// Candidates' priorities are their rules' in `rules`.
    public static func resolve(_ candidates: [MentionCandidate], rules: RuleNames) -> [MentionCandidate] {
        guard !candidates.isEmpty else { return [] }
        let order = rules.priorityRanks.flatMap { packedOrder(candidates, ranks: $0) } ?? comparedOrder(candidates, priorities: rules.priorities)
        var end = 0
        var hasEmpty = false
        for candidate in candidates {
            end = max(end, Int(candidate.end))
            hasEmpty = hasEmpty || candidate.end <= candidate.start
        }
        // An empty range claims no token; such candidates (no rule makes them) are left to
        // the general path, which keeps them in policy order among equal starts.
        guard !hasEmpty else { return acceptedInStartOrder(candidates, order: order, tokenCount: end) }
        // Per token: 0 free, -1 claimed, or 1 + the index of the accepted candidate that
        // starts there. Accepted candidates claim disjoint non-empty ranges, so their
        // starts differ and one sweep lists them by start, as a stable sort would.
        var owner = [Int32](repeating: 0, count: end)
        var acceptedCount = 0
        owner.withUnsafeMutableBufferPointer { owner in
            next: for index in order {
                let candidate = candidates[index]
                let start = Int(candidate.start), end = Int(candidate.end)
                for position in start..<end where owner[position] != 0 { continue next }
                // One pass that also marks the start (ranges are non-empty here): as two, the
                // claim became a memset call per candidate for ranges of a token or two.
                let accepted = Int32(truncatingIfNeeded: index + 1)
                for position in start..<end { owner[position] = position == start ? accepted : -1 }
                acceptedCount += 1
            }
        }
        var accepted: [MentionCandidate] = []
        accepted.reserveCapacity(acceptedCount)
        var position = 0
        while position < end {
            let claimed = owner[position]
            if claimed > 0 {
                let candidate = candidates[Int(claimed) - 1]
                accepted.append(candidate)
                position = Int(candidate.end)
            } else {
                position += 1
            }
        }
        return accepted
    }

    /// The accepted candidates sorted by start (stable), for candidate lists that have
    /// empty ranges.
    private static func acceptedInStartOrder(_ candidates: [MentionCandidate], order: [Int], tokenCount: Int) -> [MentionCandidate] {
        var claimed = [Bool](repeating: false, count: tokenCount)
        var accepted: [MentionCandidate] = []
        accepted.reserveCapacity(min(candidates.count, tokenCount))
        claimed.withUnsafeMutableBufferPointer { claimed in
            next: for index in order {
                let candidate = candidates[index]
                let start = Int(candidate.start), end = Int(candidate.end)
                for position in start..<end where claimed[position] { continue next }
                for position in start..<end { claimed[position] = true }
                accepted.append(candidate)
            }
        }
        accepted.sort { $0.start < $1.start }
        return accepted
    }

    /// The candidates' indices in policy order, sorting one integer per candidate:
    /// (length descending, priority rank, start, proposal order) packed into 16, 8, 20 and
    /// 20 bits. Nil when some field does not fit (huge documents or rule sets).
    static func packedOrder(_ candidates: [MentionCandidate], ranks: [UInt8]) -> [Int]? {
        let fieldLimit = 1 << 20
        guard candidates.count < fieldLimit else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let length = Int(candidate.end - candidate.start)
            guard length >= 0, length <= 0xFFFF, Int(candidate.start) < fieldLimit else { return nil }
            keys.append(UInt64(0xFFFF - length) << 48 | UInt64(ranks[Int(candidate.rule)]) << 40 | UInt64(candidate.start) << 20 | UInt64(index))
        }
        keys.sort()
        return keys.map { Int($0 & UInt64(fieldLimit - 1)) }
    }

    /// The same order by comparing the fields one by one.
    static func comparedOrder(_ candidates: [MentionCandidate], priorities: [Int]) -> [Int] {
        struct Key {
            var length: Int32
            var priority: Int
            var start: Int32
        }
        let keys = candidates.map { candidate in
            Key(length: candidate.end - candidate.start, priority: priorities[Int(candidate.rule)], start: candidate.start)
        }
        return candidates.indices.sorted { a, b in
            let (ka, kb) = (keys[a], keys[b])
            if ka.length != kb.length { return ka.length > kb.length }
            if ka.priority != kb.priority { return ka.priority < kb.priority }
            if ka.start != kb.start { return ka.start < kb.start }
            return a < b
        }
    }
}
