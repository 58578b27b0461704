import GazetteIO

/// `--format json`: one JSON object with stable keys, for machines. Counts use the
/// SemEval names (COR, INC, PAR, MIS, SPU, POS, ACT) and tp/fp/fn; scores are P, R, F as
/// full-precision numbers.
extension EvaluationReport {
    public func json() -> String {
        var writer = JSONWriter(capacity: 1 << 16)
        writer.beginObject()
        writer.key("gold"); writer.value(.array(goldSources.map(JSONValue.string)))
        writer.field("predictions", predictionSource)
        writer.field("documents", documents.count)
        writer.key("missing_documents"); writer.value(.array(missingDocuments.map(JSONValue.string)))
        writeHeadline(&writer)
        writeEntities(&writer)
        writeRelations(&writer)
        writePerDocument(&writer)
        writeRules(&writer)
        writeErrors(&writer)
        writeRegression(&writer)
        writeGate(&writer)
        writer.key("warnings"); writer.value(.array(warnings.map(JSONValue.string)))
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func writeHeadline(_ writer: inout JSONWriter) {
        writer.key("headline")
        writer.beginObject()
        for figure in HeadlineFigure.allCases {
            writer.key(figure.rawValue)
            writer.beginObject()
            writer.number("F", corpus.f1(of: figure))
            writer.key("ci95")
            if let interval = intervals[figure] {
                writer.beginArray(); writer.number(interval.lower); writer.number(interval.upper); writer.endArray()
            } else {
                writer.null()
            }
            writer.endObject()
        }
        writer.endObject()
        writer.key("bootstrap")
        writer.beginObject()
        writer.field("resamples", bootstrap.resamples)
        writer.key("seed"); writer.value(.number(String(bootstrap.seed)))
        writer.number("confidence", bootstrap.confidence)
        writer.endObject()
    }

    private func writeEntities(_ writer: inout JSONWriter) {
        writer.key("entities")
        writer.beginObject()
        writer.key("micro"); writer.modes(corpus.entities)
        writer.key("by_type")
        writer.beginObject()
        for type in corpus.entityTypes {
            writer.key(type)
            writer.modes(corpus.entitiesByType[type] ?? EntityModeCounts())
        }
        writer.endObject()
        writer.key("macro")
        writer.beginObject()
        for mode in EntityMode.allCases {
            writer.key(mode.rawValue)
            writer.beginObject(); writer.scores(corpus.macroScores(in: mode)); writer.endObject()
        }
        writer.endObject()
        writer.endObject()
    }

    private func writeRelations(_ writer: inout JSONWriter) {
        writer.key("relations")
        writer.beginObject()
        for level in RelationLevel.allCases {
            let score = corpus.relations(at: level)
            writer.key(level.rawValue)
            writer.beginObject()
            writer.key("micro"); writer.counts(score.micro)
            writer.key("by_type")
            writer.beginObject()
            for type in score.byType.keys.sorted() {
                writer.key(type)
                writer.counts(score.byType[type] ?? RelationCounts())
            }
            writer.endObject()
            writer.endObject()
        }
        writer.endObject()
    }

    private func writePerDocument(_ writer: inout JSONWriter) {
        writer.key("per_document")
        writer.beginArray()
        for document in documents {
            writer.beginObject()
            writer.field("id", document.id)
            writer.key("has_prediction"); writer.bool(document.hasPrediction)
            writer.field("gold_mentions", document.goldMentions.count)
            writer.field("predicted_mentions", document.predictedMentions.count)
            writer.key("entities_strict"); writer.counts(document.entities.strict, mode: .strict)
            writer.key("relations_mention"); writer.counts(document.mentionRelations.counts)
            writer.key("relations_document"); writer.counts(document.documentRelations.counts)
            writer.endObject()
        }
        writer.endArray()
    }

    private func writeRules(_ writer: inout JSONWriter) {
        writer.key("rules")
        writer.beginObject()
        for (name, tallies) in [("entities", entityRules), ("relations", relationRules)] {
            writer.key(name)
            writer.beginObject()
            for rule in tallies.keys.sorted() {
                let tally = tallies[rule] ?? RuleTally()
                writer.key(rule)
                writer.beginObject()
                writer.field("produced", tally.total)
                writer.field("correct", tally.correct)
                writer.field("incorrect", tally.incorrect)
                writer.field("spurious", tally.spurious)
                writer.number("precision", tally.precision)
                writer.endObject()
            }
            writer.endObject()
        }
        writer.endObject()
    }

    private func writeErrors(_ writer: inout JSONWriter) {
        writer.key("errors")
        writer.beginObject()
        writer.key("entities")
        writer.beginArray()
        for error in mentionErrors {
            writer.beginObject()
            writer.field("document", error.documentID)
            writer.field("side", error.side.rawValue)
            writer.field("cause", error.cause.rawValue)
            writer.span(error.mention, text: error.text)
            if let counterpart = error.counterpart {
                writer.key("counterpart")
                writer.beginObject(); writer.span(counterpart, text: error.counterpartText ?? ""); writer.endObject()
            }
            if let rule = error.rule { writer.field("rule", rule) }
            writer.field("context", error.context)
            writer.endObject()
        }
        writer.endArray()
        writer.key("relations")
        writer.beginArray()
        for error in RelationLevel.allCases.flatMap(relationErrors(at:)) {
            writer.beginObject()
            writer.field("document", error.documentID)
            writer.field("level", error.level.rawValue)
            writer.field("side", error.side.rawValue)
            writer.field("type", error.key.type)
            writer.key("head"); writer.argument(error.key.head, text: error.headText)
            writer.key("tail"); writer.argument(error.key.tail, text: error.tailText)
            writer.key("rules"); writer.value(.array(error.rules.map(JSONValue.string)))
            writer.field("context", error.context)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    private func writeRegression(_ writer: inout JSONWriter) {
        writer.key("regression")
        guard let regression else { writer.null(); return }
        writer.beginObject()
        writer.key("baseline")
        writer.beginObject()
        for figure in HeadlineFigure.allCases { writer.number(figure.rawValue, regression.baseline.f1(of: figure)) }
        writer.endObject()
        for (name, changes) in [("fixed", regression.fixed), ("broken", regression.broken)] {
            writer.key(name)
            writer.beginArray()
            for change in changes {
                writer.beginObject()
                writer.field("document", change.documentID)
                writer.field("kind", change.kind.rawValue)
                writer.field("item", change.item.rawValue)
                writer.field("location", change.location)
                writer.field("text", change.text)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    private func writeGate(_ writer: inout JSONWriter) {
        writer.key("gate")
        writer.beginObject()
        writer.key("passed"); writer.bool(passedGate)
        writer.key("checks")
        writer.beginArray()
        for check in gateChecks {
            writer.beginObject()
            writer.field("key", check.threshold.key)
            writer.field("figure", check.threshold.figureName)
            writer.number("minimum", check.threshold.minimum)
            writer.number("value", check.value)
            writer.key("passed"); writer.bool(check.passed)
            writer.number("shortfall", check.shortfall)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}

extension JSONWriter {
    /// A full-precision number (Swift prints the shortest text that reads back the same).
    mutating func number(_ value: Double) { self.value(.number("\(value)")) }

    mutating func number(_ name: String, _ value: Double) { key(name); number(value) }

    mutating func scores(_ scores: Scores) {
        number("P", scores.precision)
        number("R", scores.recall)
        number("F", scores.f1)
    }

    mutating func counts(_ counts: EntityCounts, mode: EntityMode) {
        beginObject()
        field("COR", counts.correct)
        field("INC", counts.incorrect)
        field("PAR", counts.partial)
        field("MIS", counts.missed)
        field("SPU", counts.spurious)
        field("POS", counts.possible)
        field("ACT", counts.actual)
        scores(counts.scores(in: mode))
        endObject()
    }

    mutating func modes(_ counts: EntityModeCounts) {
        beginObject()
        for mode in EntityMode.allCases {
            key(mode.rawValue)
            self.counts(counts[mode], mode: mode)
        }
        endObject()
    }

    mutating func counts(_ counts: RelationCounts) {
        beginObject()
        field("tp", counts.truePositives)
        field("fp", counts.falsePositives)
        field("fn", counts.falseNegatives)
        scores(counts.scores)
        endObject()
    }

    mutating func span(_ span: LabelledSpan, text: String) {
        field("type", span.type)
        field("start", span.start)
        field("end", span.end)
        field("text", text)
    }

    mutating func argument(_ argument: RelationArgument, text: String) {
        beginObject()
        switch argument {
        case let .span(start, end):
            field("start", start)
            field("end", end)
        case let .entity(name):
            field("entity", name.folded)
        case let .unmatched(mentionID):
            field("unmatched_mention", mentionID)
        }
        field("text", text)
        endObject()
    }
}
