/// One titled part of a human-readable report: some lines of prose, an optional table, and
/// an optional list of items (each a line with an optional detail line, such as an error
/// and the sentence around it).
public struct ReportSection: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var line: String
        public var detail: String?

        public init(_ line: String, detail: String? = nil) {
            self.line = line
            self.detail = detail
        }
    }

    public var title: String
    public var lines: [String]
    public var table: TextTable?
    public var items: [Item]

    public init(title: String, lines: [String] = [], table: TextTable? = nil, items: [Item] = []) {
        self.title = title
        self.lines = lines
        self.table = table
        self.items = items
    }
}
