import Gazette
import GazetteEvaluation

/// Predictions made on the spot: the extractor run on each gold text, converted straight
/// from `Extraction` to the JSON-lines document shape (mention ids T1…, as `extract`
/// writes them, with each mention's and relation's `rule`).
struct EvaluatePredictions {
    let extractor: Extractor

    /// One predicted document per gold document; a text the extractor fails on is
    /// reported and left without a prediction (so it scores as all missed).
    func predict(_ gold: [AnnotatedDocument]) -> (documents: [String: AnnotatedDocument], failures: [RecordError]) {
        var documents: [String: AnnotatedDocument] = [:]
        var failures: [RecordError] = []
        for document in gold {
            let text = document.text ?? ""
            do {
                documents[document.id] = Self.document(from: try extractor.extract(text), id: document.id)
            } catch {
                failures.append(RecordError(source: document.source, line: document.line, id: document.id, reason: "extractor failed: \(error)"))
            }
        }
        return (documents, failures)
    }

    static func document(from extraction: Extraction, id: String) -> AnnotatedDocument {
        let entities = extraction.mentions.enumerated().map { index, mention in
            let text = extraction.text(of: mention)
            return AnnotatedDocument.Entity(
                id: "T\(index + 1)", type: mention.type.rawValue, start: mention.span.start, end: mention.span.end,
                text: text, canonical: mention.canonical ?? text, rule: mention.provenance.rule)
        }
        let relations = extraction.relations.map {
            AnnotatedDocument.Relation(type: $0.type.rawValue, head: "T\($0.head + 1)", tail: "T\($0.tail + 1)", rule: $0.rule)
        }
        return AnnotatedDocument(id: id, text: nil, entities: entities, relations: relations, source: "extractor")
    }
}
