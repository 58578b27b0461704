/// One way a phrase of a table can be written: which entry, and which of its words must be
/// capitalised in text.
public struct PhraseMatch: Sendable, BitwiseCopyable {
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

/// The matches of one trie node: a view into the table's shared pool.
public struct PhraseMatches: Sequence {
    fileprivate let table: PhraseTable
    fileprivate let first: Int32

    public struct Iterator: IteratorProtocol {
        fileprivate let table: PhraseTable
        fileprivate var cursor: Int32

        public mutating func next() -> PhraseMatch? {
            guard cursor >= 0 else { return nil }
            defer { cursor = table.nextMatch[Int(cursor)] }
            return table.matchPool[Int(cursor)]
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: table, cursor: first) }
}

/// A token trie over vocabulary ids, compiled once and shared read-only across threads.
///
/// Nodes are integers; edges live in one flat hash table keyed by (node, word id), and the
/// matches of all nodes share one pool with a next-link per match, so a million-alias
/// lexicon costs two hash tables and two arrays rather than a million small allocations.
/// A reference type, so handing a table to a rule costs one retain; every field is a
/// constant (built by `PhraseTableBuilder`), so lookups need no exclusivity checks.
public final class PhraseTable: Sendable {
    /// The trie's edges with each child's facts beside them, for walks (see `TrieStepMap`).
    let steps: TrieStepMap
    /// First match of each node, as an index into `matchPool`, or -1 (nodes are dense).
    let terminals: [Int32]
    let matchPool: [PhraseMatch]
    /// For each match in the pool, the next match of the same node, or -1.
    let nextMatch: [Int32]
    public let longestPhrase: Int
    /// Word ids that start at least one phrase.
    public let firstWords: Set<Int32>

    /// An empty table.
    public convenience init() { self.init(PhraseTableBuilder()) }

    convenience init(_ builder: PhraseTableBuilder) {
        self.init(
            edges: builder.edges, terminals: builder.terminals, matchPool: builder.matchPool, nextMatch: builder.nextMatch,
            longestPhrase: builder.longestPhrase, firstWords: builder.firstWords)
    }

    convenience init(edges: EdgeMap, terminals: [Int32], matchPool: [PhraseMatch], nextMatch: [Int32], longestPhrase: Int, firstWords: Set<Int32>) {
        self.init(
            steps: TrieStepMap(edges: edges, terminals: terminals), terminals: terminals, matchPool: matchPool, nextMatch: nextMatch,
            longestPhrase: longestPhrase, firstWords: firstWords)
    }

    /// A table from its compiled parts (the compiled-lexicon cache restores them).
    init(steps: TrieStepMap, terminals: [Int32], matchPool: [PhraseMatch], nextMatch: [Int32], longestPhrase: Int, firstWords: Set<Int32>) {
        self.steps = steps
        self.terminals = terminals
        self.matchPool = matchPool
        self.nextMatch = nextMatch
        self.longestPhrase = longestPhrase
        self.firstWords = firstWords
    }

    public var phraseCount: Int { matchPool.count }

    /// Calls `body(length, matches)` for every phrase of the table that starts at
    /// `wordIDs[start]` and ends before `limit`, shortest first.
    @inline(__always)
    public func forEachMatch(in wordIDs: [Int32], from start: Int, limit: Int, _ body: (Int, PhraseMatches) -> Void) {
        var node: Int32 = 0
        var index = start
        while index < limit {
            let word = wordIDs[index]
            guard word != Vocabulary.unknown, let step = steps.step(for: Self.edgeKey(node, word)) else { return }
            node = step.node
            index += 1
            let first = step.firstMatch
            if first >= 0 { body(index - start, PhraseMatches(table: self, first: first)) }
        }
    }

    @inline(__always)
    static func edgeKey(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
}

/// The mutable trie a `PhraseTable` is compiled from.
struct PhraseTableBuilder {
    fileprivate var edges = EdgeMap()
    fileprivate var terminals: [Int32] = [-1]
    fileprivate var matchPool: [PhraseMatch] = []
    fileprivate var nextMatch: [Int32] = []
    private var nodeCount: Int32 = 1  // node 0 is the root
    fileprivate var longestPhrase = 0
    fileprivate var firstWords = Set<Int32>()

    /// Room for about `phrases` phrases of a few words each, so compiling a large lexicon
    /// does not rehash over and over.
    mutating func reserveCapacity(phrases: Int) {
        edges.reserveCapacity(phrases * 3)
        terminals.reserveCapacity(phrases * 3)
        matchPool.reserveCapacity(phrases)
        nextMatch.reserveCapacity(phrases)
    }

    mutating func insert(_ words: [Int32], _ match: PhraseMatch) {
        guard let first = words.first else { return }
        firstWords.insert(first)
        var node: Int32 = 0
        for word in words {
            let edge = PhraseTable.edgeKey(node, word)
            if let child = edges.value(for: edge) {
                node = child
            } else {
                edges.set(edge, nodeCount)
                terminals.append(-1)
                node = nodeCount
                nodeCount += 1
            }
        }
        // Append to the node's list, keeping insertion order (earlier entries win ties).
        let index = Int32(matchPool.count)
        matchPool.append(match)
        nextMatch.append(-1)
        var last = terminals[Int(node)]
        if last >= 0 {
            while nextMatch[Int(last)] >= 0 { last = nextMatch[Int(last)] }
            nextMatch[Int(last)] = index
        } else {
            terminals[Int(node)] = index
        }
        longestPhrase = max(longestPhrase, words.count)
    }
}
