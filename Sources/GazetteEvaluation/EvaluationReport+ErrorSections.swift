/// The "why" sections of the human-readable report: every false positive and false
/// negative, with its sentence.
extension EvaluationReport {
    func errorSections() -> [ReportSection] {
        let entityErrors = mentionErrors
        let falsePositives = entityErrors.filter { $0.side == .falsePositive }.count
        let entities = ReportSection(
            title: "Entity errors (strict): \(falsePositives) false positives, \(entityErrors.count - falsePositives) false negatives",
            items: entityErrors.map { error in
                var line = "\(error.side.abbreviation) \(error.documentID) \(error.mention) '\(error.text)': \(error.cause.label)"
                if let counterpart = error.counterpart {
                    let role = error.side == .falsePositive ? "gold" : "predicted"
                    line += " (\(role) \(counterpart) '\(error.counterpartText ?? "")')"
                }
                if let rule = error.rule { line += " [rule \(rule)]" }
                return ReportSection.Item(line, detail: error.context)
            })
        let levels = RelationLevel.allCases.map { level -> ReportSection in
            let errors = relationErrors(at: level)
            let falsePositives = errors.filter { $0.side == .falsePositive }.count
            return ReportSection(
                title: "Relation errors, \(level.rawValue) level: \(falsePositives) false positives, \(errors.count - falsePositives) false negatives",
                items: errors.map { error in
                    var line = "\(error.side.abbreviation) \(error.documentID) \(error.summary)"
                    if level == .mention { line += " \(error.key.head) \(error.key.tail)" }
                    if !error.rules.isEmpty { line += " [rule \(error.rules.joined(separator: ", "))]" }
                    return ReportSection.Item(line, detail: error.context.isEmpty ? nil : error.context)
                })
        }
        return [entities] + levels
    }
}
