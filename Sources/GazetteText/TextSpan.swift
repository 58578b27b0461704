/// A half-open range `[start, end)` of Unicode scalar (code point) offsets into a text.
///
/// Code points are the one offset unit of Gazette's public surface: they are what
/// ANNOTATION.md specifies and what Python's `text[start:end]` uses. ICU's UTF-16 offsets
/// are converted once, in `Segmenter`, and never leave this module.
public struct TextSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable
    public init(start: Int, end: Int) {
        assert(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    @inlinable
    public var length: Int { end - start }

    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
