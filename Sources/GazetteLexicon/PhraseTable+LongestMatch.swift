import GazetteText

extension PhraseTable {
    /// The longest phrase of the table that starts at `wordIDs[start]`, ends before `limit`
    /// and is written in `tokens` with the capitals its words require (see
    /// `PhraseMatch.capitalizationMask` and `allCapsMask`), with the first such match of
    /// that length; nil when there is none.
    ///
    /// The same answer as walking `forEachMatch` and testing each match's masks against the
    /// tokens, in one pass: the walk gathers the window's capitalisation as bits, so a
    /// match is tested with two mask operations instead of a loop over its words.
    public func longestMatch(in wordIDs: [Int32], tokens: [Token], from start: Int, limit: Int) -> (length: Int, match: PhraseMatch)? {
        var best: (length: Int, match: PhraseMatch)?
        var node: Int32 = 0
        var index = start
        // Bit p: token `start + p` is capitalised / all caps (masks cover at most 64 words).
        var capitalized: UInt64 = 0
        var allCaps: UInt64 = 0
        while index < limit {
            let word = wordIDs[index]
            guard word != Vocabulary.unknown, let step = steps.step(for: Self.edgeKey(node, word)) else { break }
            let position = index - start
            if position < 64 {
                let token = tokens[index]
                if token.isCapitalized { capitalized |= 1 << UInt64(position) }
                if token.isAllUppercase { allCaps |= 1 << UInt64(position) }
            }
            node = step.node
            index += 1
            var cursor = step.firstMatch
            while cursor >= 0 {
                let match = matchPool[Int(cursor)]
                if match.capitalizationMask & ~capitalized == 0, match.allCapsMask & ~allCaps == 0 {
                    best = (index - start, match)
                    break
                }
                cursor = nextMatch[Int(cursor)]
            }
            // A leaf: no longer phrase, so no further lookup.
            if !step.hasChildren { break }
        }
        return best
    }
}
