/// Checks that a document is usable as gold, or as predictions to score, under the
/// contract of ANNOTATION.md §4. Every problem is returned, not just the first, so a user
/// can fix a gold file in one pass.
extension AnnotatedDocument {
    /// The entity types of ANNOTATION.md §1.
    public static let entityTypes: Set<String> = ["PERSON", "REGION", "ENTERPRISE", "PRODUCT"]

    /// The relation types of ANNOTATION.md §2.
    public static let relationTypes: Set<String> = [
        "leader_of", "part_of", "located_in", "produces", "meets", "visited", "cooperates_with",
    ]

    /// Every reason this document cannot be gold: a missing text, unknown types, offsets
    /// outside the text or reversed, empty spans, an entity `text` that differs from the
    /// code points at `[start, end)`, duplicate entity ids, relations naming no entity.
    ///
    /// - Parameters:
    ///   - entityLines: the source line of each entity, where the format has one line per
    ///     annotation (brat); entities without an entry are reported at the document's line.
    ///   - relationLines: the same for relations.
    public func goldProblems(entityLines: [Int] = [], relationLines: [Int] = []) -> [RecordError] {
        var problems: [RecordError] = []
        func report(_ reason: String, line: Int? = nil) {
            problems.append(RecordError(source: source, line: line ?? self.line, id: id, reason: reason))
        }
        guard let text else {
            report("missing 'text': gold documents must carry their text")
            return problems
        }
        let scalars = Array(text.unicodeScalars)
        for (index, entity) in entities.enumerated() {
            let line = entityLines.indices.contains(index) ? entityLines[index] : nil
            if !Self.entityTypes.contains(entity.type) {
                report("entity \(entity.id): unknown type '\(entity.type)' (expected one of \(Self.entityTypes.sorted().joined(separator: ", ")))", line: line)
            }
            if let spanProblem = Self.spanProblem(entity, length: scalars.count) {
                report("entity \(entity.id): \(spanProblem)", line: line)
                continue
            }
            let actual = Self.slice(scalars, entity.start, entity.end)
            guard let written = entity.text else {
                report("entity \(entity.id): missing 'text' (gold must carry the mention text; here '\(actual)')", line: line)
                continue
            }
            // Compared scalar by scalar, as Python compares strings: Swift's `==` would let a
            // decomposed "é" equal a precomposed one, which the offsets cannot both point at.
            if !written.unicodeScalars.elementsEqual(actual.unicodeScalars) {
                report("entity \(entity.id): text '\(written)' does not equal the text at [\(entity.start), \(entity.end)) '\(actual)'", line: line)
            }
        }
        problems += duplicateEntityIDs().map { RecordError(source: source, line: self.line, id: id, reason: $0) }
        problems += relationProblems(relationLines: relationLines, checkTypes: true).map {
            RecordError(source: source, line: $0.line ?? self.line, id: id, reason: $0.reason)
        }
        return problems
    }

    /// Problems of a predicted document, judged leniently: malformed offsets, duplicate
    /// entity ids and relations naming no entity are errors (they cannot be scored);
    /// unknown types, offsets past the gold text and a `text` that differs from the gold
    /// text at the offsets are warnings (they are scored, and will count as wrong).
    ///
    /// - Parameter goldText: the text of the gold document with the same id, if any.
    public func predictionProblems(goldText: String?) -> (errors: [RecordError], warnings: [RecordError]) {
        var errors: [RecordError] = []
        var warnings: [RecordError] = []
        func problem(_ reason: String) -> RecordError { RecordError(source: source, line: line, id: id, reason: reason) }
        let scalars = goldText.map { Array($0.unicodeScalars) }
        for entity in entities {
            if entity.start < 0 {
                errors.append(problem("entity \(entity.id): negative start \(entity.start)"))
                continue
            }
            if let spanProblem = Self.spanProblem(entity, length: Int.max) {
                errors.append(problem("entity \(entity.id): \(spanProblem)"))
                continue
            }
            if !Self.entityTypes.contains(entity.type) {
                warnings.append(problem("entity \(entity.id): unknown type '\(entity.type)'"))
            }
            guard let scalars else { continue }
            if entity.end > scalars.count {
                warnings.append(problem("entity \(entity.id): offsets [\(entity.start), \(entity.end)) past the end of the gold text (\(scalars.count) code points)"))
            } else if let written = entity.text {
                let actual = Self.slice(scalars, entity.start, entity.end)
                if !written.unicodeScalars.elementsEqual(actual.unicodeScalars) {
                    // The usual cause is offsets in UTF-16 units or bytes instead of code points.
                    warnings.append(problem("entity \(entity.id): text '\(written)' differs from the gold text at [\(entity.start), \(entity.end)) '\(actual)'"))
                }
            }
        }
        errors += duplicateEntityIDs().map(problem)
        for found in relationProblems(relationLines: [], checkTypes: false) { errors.append(problem(found.reason)) }
        for relation in relations where !Self.relationTypes.contains(relation.type) {
            warnings.append(problem("relation \(relation.head)→\(relation.tail): unknown type '\(relation.type)'"))
        }
        return (errors, warnings)
    }

    /// Why an entity's offsets cannot address a text of `length` code points, if they cannot.
    private static func spanProblem(_ entity: Entity, length: Int) -> String? {
        if entity.start > entity.end { return "start \(entity.start) after end \(entity.end)" }
        if entity.start < 0 || entity.end > length {
            return "offsets [\(entity.start), \(entity.end)) outside the text (\(length) code points)"
        }
        if entity.start == entity.end { return "empty span at \(entity.start)" }
        return nil
    }

    private func duplicateEntityIDs() -> [String] {
        var firstPosition: [String: Int] = [:]
        var reasons: [String] = []
        for (position, entity) in entities.enumerated() {
            if let first = firstPosition[entity.id] {
                reasons.append("duplicate entity id '\(entity.id)' (entities \(first + 1) and \(position + 1))")
            } else {
                firstPosition[entity.id] = position
            }
        }
        return reasons
    }

    private func relationProblems(relationLines: [Int], checkTypes: Bool) -> [(line: Int?, reason: String)] {
        let known = Set(entities.map(\.id))
        var problems: [(line: Int?, reason: String)] = []
        for (index, relation) in relations.enumerated() {
            let line = relationLines.indices.contains(index) ? relationLines[index] : nil
            let name = "relation \(index + 1) (\(relation.type) \(relation.head)→\(relation.tail))"
            if checkTypes, !Self.relationTypes.contains(relation.type) {
                problems.append((line, "\(name): unknown type '\(relation.type)' (expected one of \(Self.relationTypes.sorted().joined(separator: ", ")))"))
            }
            for (role, argument) in [("head", relation.head), ("tail", relation.tail)] where !known.contains(argument) {
                problems.append((line, "\(name): \(role) '\(argument)' names no entity of this document"))
            }
        }
        return problems
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
