/// The sentence around a span, for error listings: a simple window that runs back and
/// forward to the nearest line break or sentence-final punctuation (. ! ? …, possibly
/// followed by a closing quote) before white space. It does not know abbreviations, which
/// is fine for showing context.
public struct SentenceWindow: Sendable {
    /// Longest stretch shown on each side of the marked spans; longer ones are cut with "…".
    public var maximumReach = 160

    public init(maximumReach: Int = 160) { self.maximumReach = maximumReach }

    private static let finalPunctuation: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»", ")"]

    /// The sentence around `spans` (clamped to the text), each span marked `[[…]]`, on one
    /// line.
    public func context(in text: CodePointText, marking spans: [(start: Int, end: Int)]) -> String {
        let marks = spans.map { (start: min(max(0, $0.start), text.count), end: min(max(0, $0.end), text.count)) }
            .sorted { $0.start < $1.start }
        guard let first = marks.first, let lastEnd = marks.map(\.end).max() else { return "" }
        var start = first.start
        while start > 0, first.start - start < maximumReach, !isSentenceStart(start, in: text.scalars) { start -= 1 }
        var end = lastEnd
        while end < text.count, end - lastEnd < maximumReach, !isSentenceEnd(end, in: text.scalars) { end += 1 }

        var line = String.UnicodeScalarView()
        if start > 0, !isSentenceStart(start, in: text.scalars) { line.append("…") }
        var position = start
        for mark in marks where mark.start >= position {
            line.append(contentsOf: text.scalars[position..<mark.start])
            line.append(contentsOf: "[[".unicodeScalars)
            line.append(contentsOf: text.scalars[mark.start..<max(mark.start, mark.end)])
            line.append(contentsOf: "]]".unicodeScalars)
            position = max(mark.start, mark.end)
        }
        if position < end { line.append(contentsOf: text.scalars[position..<end]) }
        if end < text.count, !isSentenceEnd(end, in: text.scalars) { line.append("…") }
        return Self.oneLine(String(line))
    }

    /// Whether a sentence starts at `index`: after a line break, or after final punctuation
    /// (and closing quotes) and white space.
    private func isSentenceStart(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return true }
        if scalars[index - 1] == "\n" { return true }
        guard scalars[index - 1].properties.isWhitespace else { return false }
        var before = index - 2
        while before >= 0, Self.closingQuotes.contains(scalars[before]) { before -= 1 }
        return before >= 0 && Self.finalPunctuation.contains(scalars[before])
    }

    /// Whether a sentence ends just before `index`: at a line break, or after final
    /// punctuation (and closing quotes) followed by white space or the end.
    private func isSentenceEnd(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index < scalars.count else { return true }
        if scalars[index] == "\n" { return true }
        guard index > 0, scalars[index].properties.isWhitespace else { return false }
        var before = index - 1
        while before >= 0, Self.closingQuotes.contains(scalars[before]) { before -= 1 }
        return before >= 0 && Self.finalPunctuation.contains(scalars[before])
    }

    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
            .trimmingSpaces()
    }
}

extension String {
    /// Without leading and trailing spaces (no Foundation needed).
    fileprivate func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0 != " " }), let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
