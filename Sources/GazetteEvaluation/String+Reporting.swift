/// Small text helpers of the report renderings.
extension String {
    /// "wrong_type" → "wrong type", for labels made from raw values.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }

    /// Escaped for Markdown text: emphasis and code markers, backslashes, and `|` inside a
    /// table cell.
    func markdownEscaped(inTable: Bool = false) -> String {
        var escaped = ""
        for character in self {
            if "*_`\\".contains(character) || (inTable && character == "|") { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
