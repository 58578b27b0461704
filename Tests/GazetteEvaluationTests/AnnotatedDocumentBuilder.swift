import GazetteIO

/// Builds small documents for tests, numbering entities T1, T2, … in the order added and
/// taking each entity's text from the document text (code points).
struct AnnotatedDocumentBuilder {
    var document: AnnotatedDocument

    init(id: String = "doc-1", text: String) {
        document = AnnotatedDocument(id: id, text: text, entities: [], relations: [], source: "test.jsonl", line: 1)
    }

    func entity(_ type: String, _ start: Int, _ end: Int, canonical: String? = nil, rule: String? = nil) -> AnnotatedDocumentBuilder {
        var copy = self
        let scalars = Array((document.text ?? "").unicodeScalars)
        let text = start >= 0 && start <= end && end <= scalars.count ? String(String.UnicodeScalarView(scalars[start..<end])) : nil
        copy.document.entities.append(AnnotatedDocument.Entity(
            id: "T\(document.entities.count + 1)", type: type, start: start, end: end, text: text, canonical: canonical, rule: rule))
        return copy
    }

    /// An entity over the `occurrence`-th appearance (1-based) of `surface` in the text.
    func mention(_ type: String, _ surface: String, occurrence: Int = 1, canonical: String? = nil, rule: String? = nil) -> AnnotatedDocumentBuilder {
        let scalars = Array((document.text ?? "").unicodeScalars), target = Array(surface.unicodeScalars)
        var seen = 0
        for start in 0...max(0, scalars.count - target.count) where Array(scalars[start..<start + target.count]) == target {
            seen += 1
            if seen == occurrence { return entity(type, start, start + target.count, canonical: canonical, rule: rule) }
        }
        preconditionFailure("'\(surface)' does not occur \(occurrence) times")
    }

    /// A relation between the `head`-th and `tail`-th entities (1-based, as their ids).
    func relation(_ type: String, _ head: Int, _ tail: Int, rule: String? = nil) -> AnnotatedDocumentBuilder {
        var copy = self
        copy.document.relations.append(AnnotatedDocument.Relation(type: type, head: "T\(head)", tail: "T\(tail)", rule: rule))
        return copy
    }
}
