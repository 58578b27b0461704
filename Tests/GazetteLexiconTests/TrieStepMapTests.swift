@testable import GazetteLexicon
import Testing

@Suite("Packed trie steps")
struct TrieStepMapTests {
    @Test("TrieStep keeps node, first match and the has-children flag, node 0 included")
    func stepRoundTrips() {
        for node: Int32 in [0, 1, 7, Int32.max] {
            for first: Int32 in [-1, 0, 12] {
                for hasChildren in [false, true] {
                    let step = TrieStep(node: node, firstMatch: first, hasChildren: hasChildren)
                    #expect(step.node == node && step.firstMatch == first && step.hasChildren == hasChildren)
                }
            }
        }
    }

    @Test("TrieStepMap answers every edge as the edge map and per-node arrays do, and restores from its own slots")
    func agreesWithEdgeMap() {
        // A trie over nodes 0..<nodeCount: node n's children are a few nodes above it.
        var edges = EdgeMap()
        let nodeCount = 20_000
        var terminals = [Int32](repeating: -1, count: nodeCount)
        var parentOf: [Int: Int] = [:]
        for child in 1..<nodeCount {
            let parent = child < 50 ? 0 : child / 3
            edges.set(PhraseTable.edgeKey(Int32(parent), Int32(child &* 7919 % 100_003)), Int32(child))
            parentOf[child] = parent
            if child % 5 == 0 { terminals[child] = Int32(child / 5) }
        }
        let parents = Set(parentOf.values)
        let map = TrieStepMap(edges: edges, terminals: terminals)
        for (child, parent) in parentOf {
            let step = map.step(for: PhraseTable.edgeKey(Int32(parent), Int32(child &* 7919 % 100_003)))
            #expect(step == TrieStep(node: Int32(child), firstMatch: terminals[child], hasChildren: parents.contains(child)))
        }
        #expect(map.step(for: PhraseTable.edgeKey(0, 100_004)) == nil)
        #expect(map.step(for: PhraseTable.edgeKey(Int32(nodeCount), 1)) == nil)
        let restored = TrieStepMap(slots: map.slots, terminals: terminals)
        #expect(restored?.step(for: PhraseTable.edgeKey(0, 7919)) == map.step(for: PhraseTable.edgeKey(0, 7919)))
        // Slots that could send a walk out of bounds, or leave no empty slot, are refused.
        var outOfBounds = map.slots
        if let used = outOfBounds.firstIndex(where: { $0.storedKey != 0 }) {
            outOfBounds[used].step = TrieStep(node: Int32(nodeCount), firstMatch: -1, hasChildren: false)
        }
        #expect(TrieStepMap(slots: outOfBounds, terminals: terminals) == nil)
        let full = [TrieStepMap.Slot](repeating: map.slots.first { $0.storedKey != 0 } ?? map.slots[0], count: 16)
        #expect(TrieStepMap(slots: full, terminals: terminals) == nil)
        #expect(TrieStepMap(slots: Array(map.slots.prefix(7)), terminals: terminals) == nil)
    }
}
