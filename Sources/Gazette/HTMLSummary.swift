/// What the top of an HTML page reports about its run: articles, failures, and counts of
/// mentions and relations by type. It holds counts and a bounded table of contents, never
/// article texts, so it stays small for any number of articles.
public struct HTMLSummary: Sendable {
    /// One line of the table of contents.
    public struct Entry: Sendable, Equatable {
        /// The article's id.
        public var id: String
        /// The element id of its `<article>`, the link target.
        public var anchor: String
        /// Its number of mentions.
        public var mentions: Int
        /// Its number of relations.
        public var relations: Int
    }

    /// The page title's subject, e.g. the input paths.
    public var title: String
    /// Articles shown.
    public private(set) var articles = 0
    /// Records that failed (read or extraction errors).
    public private(set) var failures = 0
    /// Counts over all articles shown.
    public private(set) var tally = ExtractionTally()
    /// The first `contentsLimit` articles, for the table of contents.
    public private(set) var contents: [Entry] = []
    /// The first `failureLimit` failure messages.
    public private(set) var failureMessages: [String] = []
    /// How many articles the table of contents lists.
    public var contentsLimit = 1000
    /// How many failure messages are quoted.
    public var failureLimit = 50

    /// An empty summary for a page about `title`.
    public init(title: String) { self.title = title }

    /// Counts one article shown under `anchor`.
    public mutating func add(article id: String, anchor: String, tally articleTally: ExtractionTally) {
        articles += 1
        tally.add(articleTally)
        if contents.count < contentsLimit {
            contents.append(Entry(id: id, anchor: anchor, mentions: articleTally.mentionCount, relations: articleTally.relationCount))
        }
    }

    /// Counts one failed record, quoting its message while there is room.
    public mutating func add(failure message: String) {
        failures += 1
        if failureMessages.count < failureLimit { failureMessages.append(message) }
    }
}
