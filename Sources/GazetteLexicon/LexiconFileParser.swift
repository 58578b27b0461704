/// Parses the lexicon file format (see Lexicons/README.md):
/// UTF-8 lines `id<TAB>type<TAB>canonical<TAB>aliases<TAB>attributes`, aliases separated
/// by `|`, attributes `key=value` separated by `;`; `#` comments and blank lines ignored.
public enum LexiconFileParser {
    /// Parses `contents`; bad lines are returned as errors, good ones as entries.
    public static func parse(_ contents: String, file: String) -> (entries: [LexiconEntry], errors: [LexiconError]) {
        var entries: [LexiconEntry] = []
        var errors: [LexiconError] = []
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let location = SourceLocation(file: file, line: lineNumber)
            switch parseLine(line, location: location) {
            case let .success(entry): entries.append(entry)
            case let .failure(error): errors.append(error)
            }
        }
        return (entries, errors)
    }

    static func parseLine(_ line: Substring, location: SourceLocation) -> Result<LexiconEntry, LexiconError> {
        func fail(_ reason: String) -> Result<LexiconEntry, LexiconError> {
            .failure(LexiconError(location: location, reason: reason))
        }
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.count >= 3 else {
            return fail("expected at least 3 tab-separated columns (id, type, canonical), found \(columns.count)")
        }
        guard columns.count <= 5 else { return fail("expected at most 5 tab-separated columns, found \(columns.count)") }
        let id = columns[0]
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(isIDCharacter) else {
            return fail("invalid id '\(id)': use lowercase letters, digits, '.', '_' and '-'")
        }
        guard let kind = LexiconKind(rawValue: columns[1]) else {
            let known = LexiconKind.allCases.map(\.rawValue).joined(separator: ", ")
            return fail("unknown type '\(columns[1])' (expected one of \(known))")
        }
        let canonical = columns[2].trimmingSpaces
        guard !canonical.isEmpty else { return fail("empty canonical name") }
        var aliases: [String] = []
        if columns.count > 3, !columns[3].trimmingSpaces.isEmpty {
            for alias in columns[3].split(separator: "|", omittingEmptySubsequences: false) {
                let trimmed = String(alias).trimmingSpaces
                guard !trimmed.isEmpty else { return fail("empty alias in '\(columns[3])'") }
                aliases.append(trimmed)
            }
        }
        var attributes: [String: String] = [:]
        if columns.count > 4, !columns[4].trimmingSpaces.isEmpty {
            for pair in columns[4].split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, !String(parts[0]).trimmingSpaces.isEmpty else {
                    return fail("attribute '\(pair)' is not key=value")
                }
                attributes[String(parts[0]).trimmingSpaces] = String(parts[1]).trimmingSpaces
            }
        }
        return .success(LexiconEntry(
            id: id, kind: kind, canonical: canonical, aliases: aliases, attributes: attributes, source: location))
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " { view = view.dropFirst() }
        while let last = view.last, last == " " { view = view.dropLast() }
        return String(view)
    }
}
