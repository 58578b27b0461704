/// What `gazette extract --format` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One JSON-lines record per article (ANNOTATION.md §4 plus provenance): the default.
    case jsonl
    /// A brat standoff folder (`-o DIR`): `ID.txt` and `ID.ann` per article.
    case brat
    /// CoNLL-2003 style token columns with BIO tags, for conlleval and seqeval.
    case conll
    /// One self-contained HTML page showing every article with its mentions and relations.
    case html

    /// Whether the output is a byte stream that `OutputSink` checkpoints, so `--resume`
    /// can continue it.
    public var isResumable: Bool { self == .jsonl || self == .conll }
}
