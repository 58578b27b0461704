import GazetteText

/// The short forms of one document ("Gruzdev", "Tula", "Yantar-Kholod"), grouped by their
/// first word as a `[String: [form]]` dictionary would group them: each form is a run of
/// token indices whose keys are its words, so forms are compared by the document's keys in
/// place, and a group is found by the first word's `KeyHash` (`SegmentedText.keyHashes`)
/// before any string is compared.
///
/// Keys are equal as Swift strings are (canonical equivalence), while hashes cover bytes.
/// The two agree when a group's first key is `HashSafeKey`; the groups of other keys are also listed in `unhashedGroups` and compared
/// one by one when the hash finds nothing.
struct ShortFormTable {
    struct Form {
        /// The form's words: `count` token indices from `offset` in `words`.
        var offset: Int32
        var count: Int32
        var type: EntityType
        /// The next form of the same group (first word), or -1.
        var next: Int32
    }

    private(set) var forms: [Form] = []
    private var words: [Int32] = []
    /// Open addressing by first-word hash: the first form of each group, -1 when empty.
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    private var groupCount = 0
    /// Slots of the groups whose first key the hash alone cannot vouch for.
    private var unhashedGroups: [Int] = []
    /// Bit `hash >> 58` of every group's first-word hash: most tokens start no form, and a
    /// clear bit turns them away before the probe.
    private var firstWordHashBits: UInt64 = 0
    private let keys: [String]
    private let hashes: [UInt64]

    init(keys: [String], hashes: [UInt64]) {
        self.keys = keys
        self.hashes = hashes
        // Allocated with the first form: most documents have none.
        slots = []
        slotHashes = []
    }

    var isEmpty: Bool { forms.isEmpty }

    /// The key of word `position` of `form`.
    @inline(__always)
    func token(_ form: Form, _ position: Int) -> Int { Int(words[Int(form.offset) + position]) }

    /// Adds the form made of the keys of `tokens` unless its group already holds one with
    /// the same words (whatever its type: the first one added stays).
    mutating func add<Tokens: Collection<Int>>(_ tokens: Tokens, _ type: EntityType) {
        guard let first = tokens.first else { return }
        if slots.isEmpty {
            slots = [Int32](repeating: -1, count: 16)
            slotHashes = [UInt64](repeating: 0, count: 16)
        }
        let found = lookup(first)
        let slot = found.head >= 0 ? found.slot : emptySlot(hashes[first])
        var last: Int32 = -1
        var cursor = slots[slot]
        while cursor >= 0 {
            if sameWords(forms[Int(cursor)], tokens) { return }
            last = cursor
            cursor = forms[Int(cursor)].next
        }
        let index = Int32(forms.count)
        let offset = Int32(words.count)
        for token in tokens { words.append(Int32(truncatingIfNeeded: token)) }
        forms.append(Form(offset: offset, count: Int32(words.count) - offset, type: type, next: -1))
        if last >= 0 {
            forms[Int(last)].next = index
        } else {
            slots[slot] = index
            slotHashes[slot] = hashes[first]
            firstWordHashBits |= Self.hashBit(hashes[first])
            groupCount += 1
            if !HashSafeKey.check(keys[first]) { unhashedGroups.append(slot) }
            if groupCount * 2 > slots.count { grow() }
        }
    }

    /// The first form of the group whose first word is token `index`'s key, or -1.
    @inline(__always)
    func group(startingWith index: Int) -> Int32 { lookup(index).head }

    /// Whether the keys of `tokens` are `form`'s words.
    private func sameWords<Tokens: Collection<Int>>(_ form: Form, _ tokens: Tokens) -> Bool {
        guard Int(form.count) == tokens.count else { return false }
        var position = 0
        for token in tokens {
            guard keys[self.token(form, position)] == keys[token] else { return false }
            position += 1
        }
        return true
    }

    /// The group whose first key equals token `index`'s key: its slot and first form, or a
    /// head of -1.
    private func lookup(_ index: Int) -> (slot: Int, head: Int32) {
        guard !slots.isEmpty else { return (0, -1) }
        let hash = hashes[index]
        if firstWordHashBits & Self.hashBit(hash) != 0 {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while true {
                let head = slots[slot]
                if head < 0 { break }
                if slotHashes[slot] == hash, keys[token(forms[Int(head)], 0)] == keys[index] { return (slot, head) }
                slot = (slot + 1) & mask
            }
        }
        for slot in unhashedGroups where keys[token(forms[Int(slots[slot])], 0)] == keys[index] { return (slot, slots[slot]) }
        return (0, -1)
    }

    /// The empty slot where a group whose first key has `hash` goes.
    @inline(__always)
    private static func hashBit(_ hash: UInt64) -> UInt64 { 1 << (hash >> 58) }

    private func emptySlot(_ hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldSlots = slots
        slots = [Int32](repeating: -1, count: oldSlots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        unhashedGroups.removeAll()
        for head in oldSlots where head >= 0 {
            let first = token(forms[Int(head)], 0)
            let slot = emptySlot(hashes[first])
            slots[slot] = head
            slotHashes[slot] = hashes[first]
            if !HashSafeKey.check(keys[first]) { unhashedGroups.append(slot) }
        }
    }
}
