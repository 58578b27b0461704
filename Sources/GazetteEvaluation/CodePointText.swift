/// A text addressed by code points (Unicode scalars), the offset unit of ANNOTATION.md §4.
public struct CodePointText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public var count: Int { scalars.count }

    /// The text at `[start, end)`, clamped to the text so that a prediction past its end
    /// still shows what there is.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = min(max(0, start), scalars.count)
        let upper = min(max(lower, end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
