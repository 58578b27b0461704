/// The formats gold can be read from.
public enum GoldFormat: String, CaseIterable, Sendable {
    /// Gazette's JSON-lines shape (ANNOTATION.md §4), the default.
    case jsonl
    /// A folder of brat standoff pairs, `NAME.txt` and `NAME.ann`; document id NAME.
    case brat
    /// doccano / Label Studio style JSON-lines: `{"id"?, "text", "label": [[start, end, type], …]}`
    /// or doccano's export `{"id"?, "text", "entities": [{"id", "start_offset", "end_offset",
    /// "label"}], "relations": [{"from_id", "to_id", "type"}]}`.
    case doccano
}
