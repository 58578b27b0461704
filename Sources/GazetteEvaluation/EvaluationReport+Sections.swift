/// The figures of the report as titled sections, shared by the terminal table and the
/// Markdown renderings so the two always say the same.
extension EvaluationReport {
    public func sections() -> [ReportSection] {
        [summarySection(), headlineSection(), entitySection(), entityTypeSection(), relationSection(), documentSection()]
            + ruleSections() + errorSections() + regressionSections() + gateSections()
    }

    private func summarySection() -> ReportSection {
        var lines = [
            "gold: \(goldSources.joined(separator: ", "))",
            "predictions: \(predictionSource)",
        ]
        if !missingDocuments.isEmpty {
            lines.append("\(missingDocuments.count) gold documents have no prediction (all their mentions count as missed): \(missingDocuments.joined(separator: ", "))")
        }
        if !warnings.isEmpty { lines.append("\(warnings.count) warnings while reading (listed on stderr and in --format json)") }
        return ReportSection(title: "Gazette evaluation: \(documents.count) documents", lines: lines)
    }

    private func headlineSection() -> ReportSection {
        let table = TextTable(
            header: ["figure", "F1", "95% CI"],
            rows: HeadlineFigure.allCases.map { figure in
                let interval = intervals[figure].map { "\($0.lower.fourPlaces)–\($0.upper.fourPlaces)" } ?? "–"
                return [figure.label, corpus.f1(of: figure).fourPlaces, interval]
            })
        let note = "95% CI: percentile bootstrap over documents, \(bootstrap.resamples) resamples, seed \(bootstrap.seed)"
        return ReportSection(title: "Headline", lines: [note], table: table)
    }

    private func entitySection() -> ReportSection {
        var table = TextTable(header: ["mode", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F"])
        for mode in EntityMode.allCases {
            let counts = corpus.entities[mode]
            table.rows.append([mode.rawValue] + Self.cells(counts) + Self.cells(counts.scores(in: mode)))
        }
        for mode in EntityMode.allCases {
            table.rows.append(["\(mode.rawValue), macro", "", "", "", "", ""] + Self.cells(corpus.macroScores(in: mode)))
        }
        let note = "SemEval-2013 modes (nervaluate 1.2.1 semantics); micro-averaged over mentions, macro-averaged over the \(corpus.entityTypes.count) types seen"
        return ReportSection(title: "Entities", lines: [note], table: table)
    }

    private func entityTypeSection() -> ReportSection {
        var table = TextTable(header: ["type", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F", "exact F", "partial F", "type F"])
        for type in corpus.entityTypes {
            let counts = corpus.entitiesByType[type] ?? EntityModeCounts()
            table.rows.append(
                [type] + Self.cells(counts.strict) + Self.cells(counts.scores(in: .strict))
                    + [EntityMode.exact, .partial, .type].map { counts.scores(in: $0).f1.fourPlaces })
        }
        return ReportSection(title: "Entities by type (strict counts)", table: table)
    }

    private func relationSection() -> ReportSection {
        var table = TextTable(header: ["relations", "tp", "fp", "fn", "P", "R", "F"])
        for level in RelationLevel.allCases {
            let score = corpus.relations(at: level)
            table.rows.append(["\(level.rawValue) level"] + Self.cells(score.micro))
            for type in score.byType.keys.sorted() {
                table.rows.append(["  \(type)"] + Self.cells(score.byType[type] ?? RelationCounts()))
            }
        }
        return ReportSection(title: "Relations", table: table)
    }

    private func documentSection() -> ReportSection {
        var table = TextTable(header: ["document", "gold", "pred", "COR", "INC", "MIS", "SPU", "strict F", "rel tp", "rel fp", "rel fn", "rel F", "doc-rel F"])
        for document in documents {
            let strict = document.entities.strict
            let relations = document.mentionRelations.counts
            table.rows.append([
                document.hasPrediction ? document.id : "\(document.id) (no prediction)",
                "\(document.goldMentions.count)", "\(document.predictedMentions.count)",
                "\(strict.correct)", "\(strict.incorrect)", "\(strict.missed)", "\(strict.spurious)",
                strict.scores(in: .strict).f1.fourPlaces,
                "\(relations.truePositives)", "\(relations.falsePositives)", "\(relations.falseNegatives)",
                relations.scores.f1.fourPlaces, document.documentRelations.counts.scores.f1.fourPlaces,
            ])
        }
        return ReportSection(title: "Per document", table: table)
    }

    private func ruleSections() -> [ReportSection] {
        func table(_ tallies: [String: RuleTally], withIncorrect: Bool) -> TextTable {
            var table = TextTable(header: ["rule", "produced", "correct"] + (withIncorrect ? ["incorrect"] : []) + ["spurious", "precision"])
            for rule in tallies.keys.sorted() {
                let tally = tallies[rule] ?? RuleTally()
                table.rows.append(
                    [rule, "\(tally.total)", "\(tally.correct)"] + (withIncorrect ? ["\(tally.incorrect)"] : [])
                        + ["\(tally.spurious)", tally.precision.fourPlaces])
            }
            return table
        }
        return [
            ReportSection(
                title: "Rules: mentions",
                lines: ["correct: strict match; incorrect: overlaps a gold mention with another type or other boundaries; spurious: overlaps none"],
                table: table(entityRules, withIncorrect: true)),
            ReportSection(
                title: "Rules: relations",
                lines: ["correct: type and both argument spans match a gold relation (mention level)"],
                table: table(relationRules, withIncorrect: false)),
        ]
    }

    static func cells(_ counts: EntityCounts) -> [String] {
        [counts.correct, counts.incorrect, counts.partial, counts.missed, counts.spurious].map(String.init)
    }

    static func cells(_ scores: Scores) -> [String] {
        [scores.precision.fourPlaces, scores.recall.fourPlaces, scores.f1.fourPlaces]
    }

    static func cells(_ counts: RelationCounts) -> [String] {
        [counts.truePositives, counts.falsePositives, counts.falseNegatives].map(String.init) + cells(counts.scores)
    }
}
