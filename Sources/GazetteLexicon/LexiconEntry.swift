/// Where a piece of lexicon data came from: file and 1-based line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// One line of a lexicon file: `id<TAB>type<TAB>canonical<TAB>aliases<TAB>attributes`.
///
/// A class: entries are immutable once loaded and rules look them up on every match, so
/// handing one out costs one retain instead of one per field.
public final class LexiconEntry: Sendable {
    /// Stable identifier, unique across all files ("region.ru.samara_oblast").
    public let id: String
    public let kind: LexiconKind
    public let canonical: String
    /// Other surface forms; the canonical name is matched too.
    public let aliases: [String]
    public let attributes: [String: String]
    public let source: SourceLocation

    public init(
        id: String, kind: LexiconKind, canonical: String, aliases: [String] = [],
        attributes: [String: String] = [:], source: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.canonical = canonical
        self.aliases = aliases
        self.attributes = attributes
        self.source = source
    }

    /// The canonical name followed by the aliases.
    public var surfaceForms: [String] { [canonical] + aliases }

    /// A boolean attribute ("leader=true").
    public func flag(_ name: String) -> Bool { attributes[name] == "true" }
}

/// A lexicon line that could not be read: `file:line: reason`.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}

/// Every error found while loading, so a user can fix all bad lines in one pass.
public struct LexiconLoadErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [LexiconError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
