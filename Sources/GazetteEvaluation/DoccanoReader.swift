import GazetteIO

/// Reads doccano and Label Studio style JSON-lines records (see `GoldFormat.doccano`).
///
/// Offsets are taken as code points, as doccano (a Python application) writes them. Entity
/// `text` is filled in from the document text, so that validation checks the offsets and
/// types. Records without an `id` get `FILE-NAME:LINE`.
public enum DoccanoReader {
    /// Whether a parsed record is in doccano's shape rather than Gazette's: it has a
    /// `label` array, or entities with `start_offset`.
    public static func looksLikeDoccano(_ value: JSONValue) -> Bool {
        if value["label"]?.arrayValue != nil { return true }
        return value["entities"]?.arrayValue?.contains { $0["start_offset"] != nil } ?? false
    }

    public static func document(from value: JSONValue, source: String, line: Int, fallbackID: String) -> Result<AnnotatedDocument, RecordError> {
        guard case .object = value else {
            return .failure(RecordError(source: source, line: line, reason: "expected a JSON object, found \(value.kindDescription)"))
        }
        let id = value["id"].flatMap(identifier) ?? fallbackID
        func fail(_ reason: String) -> Result<AnnotatedDocument, RecordError> {
            .failure(RecordError(source: source, line: line, id: id, reason: reason))
        }
        let text = value["text"]?.stringValue
        let codePoints = text.map(CodePointText.init)
        var entities: [AnnotatedDocument.Entity] = []
        var relations: [AnnotatedDocument.Relation] = []
        func entity(id: String, type: String, start: Int, end: Int) -> AnnotatedDocument.Entity {
            let inside = codePoints.map { start >= 0 && start <= end && end <= $0.count } ?? false
            let covered = inside ? codePoints?.slice(start, end) : nil
            return AnnotatedDocument.Entity(id: id, type: type, start: start, end: end, text: covered)
        }
        if let labels = value["label"]?.arrayValue {
            for (position, label) in labels.enumerated() {
                guard let parts = label.arrayValue, parts.count == 3, let start = parts[0].intValue, let end = parts[1].intValue,
                      let type = parts[2].stringValue
                else { return fail("label \(position + 1) must be [start, end, \"TYPE\"]") }
                entities.append(entity(id: "T\(position + 1)", type: type, start: start, end: end))
            }
        } else {
            for (position, item) in (value["entities"]?.arrayValue ?? []).enumerated() {
                guard let start = item["start_offset"]?.intValue, let end = item["end_offset"]?.intValue, let type = item["label"]?.stringValue else {
                    return fail("entity \(position + 1) needs integer 'start_offset' and 'end_offset' and string 'label'")
                }
                entities.append(entity(id: item["id"].flatMap(identifier) ?? "T\(position + 1)", type: type, start: start, end: end))
            }
            for (position, item) in (value["relations"]?.arrayValue ?? []).enumerated() {
                guard let head = item["from_id"].flatMap(identifier), let tail = item["to_id"].flatMap(identifier),
                      let type = item["type"]?.stringValue
                else { return fail("relation \(position + 1) needs 'from_id', 'to_id' and string 'type'") }
                relations.append(AnnotatedDocument.Relation(type: type, head: head, tail: tail))
            }
        }
        return .success(AnnotatedDocument(id: id, text: text, entities: entities, relations: relations, source: source, line: line))
    }

    /// doccano ids are numbers; Gazette's are strings. Both become strings.
    private static func identifier(_ value: JSONValue) -> String? {
        value.stringValue ?? value.intValue.map(String.init)
    }
}
