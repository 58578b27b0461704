import Foundation
import Gazette

/// Shared helpers for the test targets: the repository's folders, lexicons built from
/// inline entries, and the built `gazette` binary.
public enum TestSupport {
    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent(relative).path
    }

    /// The shipped lexicons, loaded once.
    public static let shippedLexicons: Result<Lexicons, any Error> = Result {
        try LexiconLoader.load(directory: path("Lexicons"))
    }

    /// An extractor over the shipped lexicons.
    public static func shippedExtractor() throws -> Extractor {
        Extractor(lexicons: try shippedLexicons.get())
    }

    /// Lexicons compiled from inline TSV lines (`id<TAB>type<TAB>canonical<TAB>aliases<TAB>attributes`),
    /// so a rule's test states exactly the data it relies on.
    public static func lexicons(_ lines: [String]) throws -> Lexicons {
        let parsed = LexiconFileParser.parse(lines.joined(separator: "\n"), file: "inline.tsv")
        if let error = parsed.errors.first { throw error }
        return try Lexicons(entries: parsed.entries)
    }

    /// The code-point slice `[start, end)` of `text`, as Python's `text[start:end]`.
    public static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
