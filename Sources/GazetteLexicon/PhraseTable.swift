/// One way a phrase of a table can be written: which entry, and which of its words must be
/// capitalised in text.
public struct PhraseMatch: Sendable {
    /// Index into `Lexicons.entries`.
    public var entryIndex: Int32
    /// Index of the surface form within the entry (0 = canonical).
    public var formIndex: Int32
    /// Bit i set: word i of the phrase must be capitalised (or all caps) in text.
    public var capitalizationMask: UInt64
    /// Bit i set: word i is written in capitals ("MAZ", "LED") and must be in text too,
    /// so "Prime" does not match the agency PRIME, nor "led" the product LED.
    public var allCapsMask: UInt64 = 0
}

/// A token trie over vocabulary ids, compiled once and shared read-only across threads.
///
/// Nodes are integers; edges live in one flat hash table keyed by (node, word id), which
/// keeps a million-alias lexicon compact and cheap to build. A reference type, so handing
/// a table to a rule costs one retain rather than a copy of its storage; it is only
/// mutated while `Lexicons` compiles it, hence `@unchecked Sendable`.
public final class PhraseTable: @unchecked Sendable {
    private var edges: [UInt64: Int32] = [:]
    private var terminals: [Int32: [PhraseMatch]] = [:]
    private var nodeCount: Int32 = 1  // node 0 is the root
    public private(set) var phraseCount = 0
    public private(set) var longestPhrase = 0
    /// Word ids that start at least one phrase.
    public private(set) var firstWords = Set<Int32>()

    public init() {}

    func insert(_ words: [Int32], _ match: PhraseMatch) {
        guard let first = words.first else { return }
        firstWords.insert(first)
        var node: Int32 = 0
        for word in words {
            let edge = Self.edgeKey(node, word)
            if let child = edges[edge] {
                node = child
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        terminals[node, default: []].append(match)
        phraseCount += 1
        longestPhrase = max(longestPhrase, words.count)
    }

    /// Calls `body(length, matches)` for every phrase of the table that starts at
    /// `wordIDs[start]` and ends before `limit`, shortest first.
    @inline(__always)
    public func forEachMatch(in wordIDs: [Int32], from start: Int, limit: Int, _ body: (Int, [PhraseMatch]) -> Void) {
        var node: Int32 = 0
        var index = start
        while index < limit {
            let word = wordIDs[index]
            guard word != Vocabulary.unknown, let child = edges[Self.edgeKey(node, word)] else { return }
            node = child
            index += 1
            if let matches = terminals[node] { body(index - start, matches) }
        }
    }

    /// The matches of the single word `id`, if it is a one-word phrase.
    public func matches(ofWord id: Int32) -> [PhraseMatch] {
        guard id != Vocabulary.unknown, let child = edges[Self.edgeKey(0, id)] else { return [] }
        return terminals[child] ?? []
    }

    @inline(__always)
    private static func edgeKey(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
}
