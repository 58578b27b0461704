/// A mention reduced to what entity scoring looks at: its type and code-point span
/// `[start, end)`.
public struct LabelledSpan: Hashable, Sendable, CustomStringConvertible {
    public var type: String
    public var start: Int
    public var end: Int

    public init(type: String, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func hasSameBoundaries(as other: LabelledSpan) -> Bool { start == other.start && end == other.end }

    /// Code points shared by the two spans (0 when they are apart or only touch).
    public func overlapLength(with other: LabelledSpan) -> Int {
        max(0, min(end, other.end) - max(start, other.start))
    }

    /// Whether the spans share any code point, as score.py's document-level mapping asks.
    public func overlaps(_ other: LabelledSpan) -> Bool { overlapLength(with: other) > 0 }

    /// Sum of the start and end differences: how far the boundaries are apart.
    public func boundaryDistance(to other: LabelledSpan) -> Int { abs(start - other.start) + abs(end - other.end) }

    public var description: String { "\(type) [\(start), \(end))" }
}
