import Foundation

/// The key that identifies an entity within a document for document-level relation
/// scoring (ANNOTATION.md §3): the canonical name (else the mention text), case-folded,
/// with ’ folded to ' and runs of white space collapsed to one space, exactly as score.py's
/// `canon` does.
public struct CanonicalName: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The folded name.
    public let folded: String
    /// Its UTF-8 bytes: equality is by code points, as in Python, not by Swift's canonical
    /// equivalence (which would merge decomposed and precomposed accents).
    private let bytes: [UInt8]

    public init(_ name: String) {
        // Foundation's case-insensitive folding is Unicode full case folding, Python's
        // `str.casefold` (it differs only for Cherokee, which it folds to lowercase rather
        // than uppercase: the same names end up equal either way).
        let caseFolded = name.folding(options: [.caseInsensitive], locale: nil).replacingOccurrences(of: "’", with: "'")
        folded = Self.collapsingWhiteSpace(caseFolded)
        bytes = Array(folded.utf8)
    }

    /// The name of a gold entity: `canonical` unless missing or empty, else its `text`.
    public init(canonical: String?, text: String?) {
        if let canonical, !canonical.isEmpty { self.init(canonical) } else { self.init(text ?? "") }
    }

    public static func == (lhs: CanonicalName, rhs: CanonicalName) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
    public static func < (lhs: CanonicalName, rhs: CanonicalName) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    public var description: String { folded }

    /// Python's `" ".join(s.split())`: split on its white space (Unicode White_Space plus
    /// the separators U+001C to U+001F), drop empty pieces, join with single spaces.
    private static func collapsingWhiteSpace(_ text: String) -> String {
        var words: [String.UnicodeScalarView] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value) {
                if !current.isEmpty { words.append(current); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map(String.init).joined(separator: " ")
    }
}
