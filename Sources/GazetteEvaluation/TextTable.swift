/// A table for the human-readable reports: a header and rows of cells, the first column
/// left-aligned and the others right-aligned (they hold figures), rendered as aligned
/// plain text for the terminal or as a Markdown table.
public struct TextTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Columns padded to their widest cell (counted in characters), two spaces apart.
    public func plainLines(indent: String = "  ") -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { cells in
            let padded = header.indices.map { column -> String in
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            return indent + trimmedRight(padded.joined(separator: "  "))
        }
    }

    /// A GitHub-flavoured Markdown table, with `|` in cells escaped.
    public func markdownLines() -> [String] {
        func row(_ cells: [String]) -> String {
            "| " + header.indices.map { $0 < cells.count ? cells[$0].markdownEscaped(inTable: true) : "" }.joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|"
        return [row(header), rule] + rows.map(row)
    }

    private func trimmedRight(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
