/// The human-readable renderings of the report.
extension EvaluationReport {
    /// The terminal table (the default `--format`).
    public func table() -> String {
        var lines: [String] = []
        for section in sections() {
            lines.append(section.title)
            lines.append(String(repeating: "-", count: section.title.count))
            lines += section.lines
            if let table = section.table { lines += table.plainLines() }
            for item in section.items {
                lines.append("  " + item.line)
                if let detail = item.detail { lines.append("      " + detail) }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// `--format markdown`, for reports: sections as headings, tables as Markdown tables,
    /// errors as lists with the sentence quoted below each.
    public func markdown() -> String {
        var lines: [String] = []
        for (index, section) in sections().enumerated() {
            lines.append((index == 0 ? "# " : "## ") + section.title.markdownEscaped())
            lines.append("")
            if !section.lines.isEmpty {
                lines += section.lines.map { $0.markdownEscaped() + "  " }
                lines.append("")
            }
            if let table = section.table {
                lines += table.markdownLines()
                lines.append("")
            }
            if !section.items.isEmpty {
                for item in section.items {
                    lines.append("- " + item.line.markdownEscaped())
                    if let detail = item.detail { lines.append("  > " + detail.markdownEscaped()) }
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}
