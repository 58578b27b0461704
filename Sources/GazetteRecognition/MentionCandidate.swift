/// A mention while recognition works on it: a token range, a type and its provenance as
/// small integers (a rule id into `RuleNames`, an entry index into `Lexicons.entries`).
/// It holds no references, so the many copies that proposing, resolving and linking make
/// cost no reference counting; `Recognizer` turns the survivors into `Mention`s at the end.
public struct MentionCandidate: Sendable {
    /// Token indices, end exclusive.
    public var start: Int32
    public var end: Int32
    /// Index into `Lexicons.entries`, or -1 when no entry is behind the mention.
    public var entry: Int32
    /// The proposing rule's id in the recognizer's `RuleNames`.
    public var rule: RuleID
    public var type: EntityType

    public init(type: EntityType, tokenRange: Range<Int>, rule: RuleID, entry: Int32 = -1) {
        assert(tokenRange.lowerBound >= 0 && tokenRange.upperBound <= Int(Int32.max), "token range out of Int32")
        self.start = Int32(truncatingIfNeeded: tokenRange.lowerBound)
        self.end = Int32(truncatingIfNeeded: tokenRange.upperBound)
        self.entry = entry
        self.rule = rule
        self.type = type
    }

    @inline(__always)
    public var tokenRange: Range<Int> { Int(start)..<Int(end) }

    @inline(__always)
    public var tokenCount: Int { Int(end - start) }

    @inline(__always)
    public var hasEntry: Bool { entry >= 0 }
}

/// A rule's id: its position in `RuleNames`.
public typealias RuleID = UInt16

/// Where rules put their candidates. The recognizer sets `rule` before each rule runs, so
/// a rule states only what it found and every candidate still names the rule behind it.
public struct MentionCandidates: Sendable {
    public private(set) var items: [MentionCandidate] = []
    /// The id of the rule now proposing.
    public internal(set) var rule: RuleID = 0

    public init() {}

    init(rule: RuleID) { self.rule = rule }

    /// Room for `capacity` candidates before the first reallocation.
    init(capacity: Int) { items.reserveCapacity(capacity) }

    public var count: Int { items.count }

    /// Adds a candidate of the current rule; `entry` is the lexicon entry behind it.
    public mutating func add(_ type: EntityType, _ range: Range<Int>, entry: Int32 = -1) {
        items.append(MentionCandidate(type: type, tokenRange: range, rule: rule, entry: entry))
    }

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }
}
