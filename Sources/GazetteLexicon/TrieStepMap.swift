/// What one step of a phrase-trie walk needs, packed next to the edge key that leads to it:
/// the child node, its first match, and whether any edge leaves it. A walk then touches one
/// slot per word instead of the key, the value, the node's terminal and its has-children
/// flag in four separate arrays (four dependent cache misses on a large lexicon).
struct TrieStep: Sendable, BitwiseCopyable, Equatable {
    /// The child node, or its bitwise complement when the child is a leaf (node numbers are
    /// positive, so the sign carries the flag without costing a field).
    private var packedNode: Int32
    /// First match of the child, as an index into the table's match pool, or -1.
    var firstMatch: Int32

    init(node: Int32, firstMatch: Int32, hasChildren: Bool) {
        assert(node >= 0, "trie nodes are non-negative")
        packedNode = hasChildren ? node : ~node
        self.firstMatch = firstMatch
    }

    var node: Int32 { packedNode >= 0 ? packedNode : ~packedNode }
    /// Whether any edge leaves the child: a walk stops at a leaf without another lookup.
    var hasChildren: Bool { packedNode >= 0 }
}

/// A read-only copy of a phrase trie's `EdgeMap` with the child node's facts beside each
/// key: 16-byte slots (key, node, first match), so a probe reads one cache line and a step
/// of the walk needs no other array unless the child has matches.
///
/// Slots sit where the edge map has them (same size, same hash). The compiled-lexicon cache
/// stores the slots as they are, so a cached million-alias lexicon restores its tries with
/// one copy and a bounds check per slot instead of rebuilding them.
struct TrieStepMap: Sendable {
    struct Slot: BitwiseCopyable {
        /// `key + 1`, or 0 for an empty slot (as in `EdgeMap`).
        var storedKey: UInt64
        var step: TrieStep
    }

    /// The slots, in the cache's format.
    let slots: [Slot]
    private let mask: Int

    /// The map of `edges`, with each child's first match from `terminals` (indexed by node).
    init(edges: EdgeMap, terminals: [Int32]) {
        let nodeCount = terminals.count
        var hasChildren = [Bool](repeating: false, count: nodeCount)
        for stored in edges.keys where stored != 0 {
            let parent = Int((stored &- 1) >> 32)
            if parent < nodeCount { hasChildren[parent] = true }
        }
        slots = zip(edges.keys, edges.values).map { stored, child in
            guard stored != 0 else { return Slot(storedKey: 0, step: TrieStep(node: 0, firstMatch: -1, hasChildren: false)) }
            let node = Int(child)
            let known = node >= 0 && node < nodeCount
            return Slot(
                storedKey: stored,
                step: TrieStep(node: child, firstMatch: known ? terminals[node] : -1, hasChildren: known && hasChildren[node]))
        }
        mask = slots.count - 1
        assert(slots.count & mask == 0, "an edge map has a power-of-two size")
    }

    /// The map whose slots are `slots` (read back from the compiled-lexicon cache), if they
    /// can be one of a trie of `nodeCount` nodes whose node `n`'s first match is
    /// `terminals[n]`: every index in bounds and an empty slot left to end probes.
    init?(slots: [Slot], terminals: [Int32]) {
        guard slots.count >= 8, slots.count & (slots.count - 1) == 0 else { return nil }
        var used = 0
        for slot in slots where slot.storedKey != 0 {
            let node = Int(slot.step.node), parent = (slot.storedKey &- 1) >> 32
            guard node > 0, node < terminals.count, parent < UInt64(terminals.count), slot.step.firstMatch == terminals[node] else {
                return nil
            }
            used += 1
        }
        guard used * 2 <= slots.count else { return nil }
        self.slots = slots
        mask = slots.count - 1
    }

    @inline(__always)
    func step(for key: UInt64) -> TrieStep? {
        let stored = key &+ 1
        var slot = EdgeMap.slot(key, mask)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let found = slots[slot]
                if found.storedKey == stored { return found.step }
                if found.storedKey == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
