import GazetteIO

/// Reads predictions (Gazette's JSON-lines output, or gold-shaped files) and checks them
/// leniently against the gold (`AnnotatedDocument.predictionProblems`): what cannot be
/// scored is an error; an id the gold does not have, a repeated id (the last one is
/// scored, as score.py does) and suspicious offsets are warnings.
public struct PredictionReader: Sendable {
    public init() {}

    public func read(_ paths: [String], gold: [AnnotatedDocument]) -> DocumentSet {
        var set = DocumentSet()
        let goldText = Dictionary(gold.map { ($0.id, $0.text ?? "") }) { first, _ in first }
        var seen: [String: AnnotatedDocument] = [:]
        for path in paths {
            switch JSONLinesFile.expand(path) {
            case let .failure(error): set.errors.append(error)
            case let .success(files):
                for file in files.map(JSONLinesFile.init(path:)) {
                    set.sources.append(file.path)
                    set.errors += file.errors
                    for record in file.records {
                        switch AnnotatedDocument.from(record.value, source: file.path, line: record.line) {
                        case let .failure(error): set.errors.append(error)
                        case let .success(document):
                            let problems = document.predictionProblems(goldText: goldText[document.id])
                            set.errors += problems.errors
                            set.warnings += problems.warnings
                            if goldText[document.id] == nil {
                                set.warnings.append(problem(document, "no gold document has this id; not scored"))
                            }
                            if let earlier = seen[document.id] {
                                set.warnings.append(problem(document, "document id also at \(earlier.source):\(earlier.line); this later one is scored"))
                            }
                            seen[document.id] = document
                            set.documents.append(document)
                        }
                    }
                }
            }
        }
        return set
    }

    private func problem(_ document: AnnotatedDocument, _ reason: String) -> RecordError {
        RecordError(source: document.source, line: document.line, id: document.id, reason: reason)
    }
}
