/// A set for the handful of elements a sentence or document usually has: a linear search
/// in an array up to `hashingThreshold` elements, a hash set beyond (so a pathological
/// input stays linear), where a `Set` would hash and allocate for even one element.
struct SmallSet<Element: Hashable> {
    static var hashingThreshold: Int { 32 }
    private static var initialCapacity: Int { 8 }
    private var items: [Element] = []
    private var hashed: Set<Element>?

    init() {}

    /// Inserts `element`; false when it was already there.
    mutating func insert(_ element: Element) -> Bool {
        if hashed != nil { return hashed?.insert(element).inserted ?? false }
        if items.contains(element) { return false }
        // One allocation for the usual handful, rather than growing through 1, 2, 4, 8.
        if items.capacity == 0 { items.reserveCapacity(Self.initialCapacity) }
        items.append(element)
        if items.count >= Self.hashingThreshold {
            hashed = Set(items)
            items = []
        }
        return true
    }

    /// Empties the set, keeping the array's storage for the next use.
    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        hashed = nil
    }
}
