/// How `gazette evaluate` prints its report.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned tables for the terminal.
    case table
    /// One JSON object with stable keys, for machines and CI.
    case json
    /// Markdown, for reports and pull requests.
    case markdown

    public func render(_ report: EvaluationReport) -> String {
        switch self {
        case .table: return report.table()
        case .json: return report.json() + "\n"
        case .markdown: return report.markdown()
        }
    }
}
