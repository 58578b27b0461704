import GazetteIO

/// Scores one predicted document against its gold document: entity modes (nervaluate
/// 1.2.1 semantics, see `EntityMatcher`), relations at both levels (score.py semantics,
/// see `RelationKeyMaker`), errors with context, and per-rule tallies.
public struct DocumentScorer: Sendable {
    public var sentenceWindow: SentenceWindow

    public init(sentenceWindow: SentenceWindow = SentenceWindow()) { self.sentenceWindow = sentenceWindow }

    /// - Parameter predicted: the predicted document with the gold's id, or nil when the
    ///   predictions have none (every gold mention and relation is then missed).
    public func score(gold: AnnotatedDocument, predicted: AnnotatedDocument?) -> DocumentScore {
        let prediction = predicted ?? AnnotatedDocument(id: gold.id, text: nil, entities: [], relations: [])
        let goldSpans = gold.entities.map { LabelledSpan(type: $0.type, start: $0.start, end: $0.end) }
        let predictedSpans = prediction.entities.map { LabelledSpan(type: $0.type, start: $0.start, end: $0.end) }

        var entities = EntityModeCounts()
        var strictMatching = EntityMatching(outcomes: [], missed: [])
        for mode in EntityMode.allCases {
            let matching = EntityMatcher.match(gold: goldSpans, predicted: predictedSpans, mode: mode)
            entities[mode] = matching.counts
            if mode == .strict { strictMatching = matching }
        }
        let mentionRelations = relationMatching(gold: gold, predicted: prediction, level: .mention)
        let documentRelations = relationMatching(gold: gold, predicted: prediction, level: .document)
        let text = CodePointText(gold.text ?? "")

        return DocumentScore(
            id: gold.id,
            hasPrediction: predicted != nil,
            goldMentions: goldSpans,
            predictedMentions: predictedSpans,
            entities: entities,
            entitiesByType: Self.countsByType(gold: goldSpans, predicted: predictedSpans),
            strictMatching: strictMatching,
            mentionRelations: mentionRelations,
            documentRelations: documentRelations,
            mentionErrors: mentionErrors(gold: gold, prediction: prediction, matching: strictMatching, text: text),
            relationErrors: relationErrors(mentionRelations, gold: gold, prediction: prediction, text: text)
                + relationErrors(documentRelations, gold: gold, prediction: prediction, text: text),
            entityRules: Self.entityRules(prediction: prediction, matching: strictMatching),
            relationRules: Self.relationRules(prediction: prediction, gold: gold, matching: mentionRelations))
    }

    /// Per-type counts as nervaluate computes them: gold and predictions filtered to one
    /// type, then matched, for every type either side has.
    static func countsByType(gold: [LabelledSpan], predicted: [LabelledSpan]) -> [String: EntityModeCounts] {
        var byType: [String: EntityModeCounts] = [:]
        for type in Set(gold.map(\.type)).union(predicted.map(\.type)) {
            let goldOfType = gold.filter { $0.type == type }
            let predictedOfType = predicted.filter { $0.type == type }
            var counts = EntityModeCounts()
            for mode in EntityMode.allCases {
                counts[mode] = EntityMatcher.match(gold: goldOfType, predicted: predictedOfType, mode: mode).counts
            }
            byType[type] = counts
        }
        return byType
    }

    private func relationMatching(gold: AnnotatedDocument, predicted: AnnotatedDocument, level: RelationLevel) -> RelationMatching {
        let goldKeys = RelationKeyMaker(document: gold, level: level, goldEntities: gold.entities).keys(of: gold.relations)
        let predictedKeys = RelationKeyMaker(document: predicted, level: level, goldEntities: gold.entities).keys(of: predicted.relations)
        return RelationMatching(level: level, gold: goldKeys, predicted: predictedKeys)
    }

    private func mentionErrors(
        gold: AnnotatedDocument, prediction: AnnotatedDocument, matching: EntityMatching, text: CodePointText
    ) -> [MentionError] {
        func span(_ entity: AnnotatedDocument.Entity) -> LabelledSpan { LabelledSpan(type: entity.type, start: entity.start, end: entity.end) }
        func context(_ mention: LabelledSpan) -> String { sentenceWindow.context(in: text, marking: [(mention.start, mention.end)]) }
        var errors: [MentionError] = []
        for (entity, outcome) in zip(prediction.entities, matching.outcomes) {
            let predictedSpan = span(entity)
            switch outcome {
            case .correct, .partial:
                continue
            case .spurious:
                errors.append(MentionError(
                    documentID: gold.id, side: .falsePositive, cause: .spurious, mention: predictedSpan,
                    text: text.slice(entity.start, entity.end), rule: entity.rule, context: context(predictedSpan)))
            case let .incorrect(goldIndex):
                let goldSpan = span(gold.entities[goldIndex])
                let cause = MentionError.cause(predicted: predictedSpan, gold: goldSpan)
                let predictedText = text.slice(entity.start, entity.end)
                let goldText = text.slice(goldSpan.start, goldSpan.end)
                errors.append(MentionError(
                    documentID: gold.id, side: .falsePositive, cause: cause, mention: predictedSpan, text: predictedText,
                    counterpart: goldSpan, counterpartText: goldText, rule: entity.rule, context: context(predictedSpan)))
                errors.append(MentionError(
                    documentID: gold.id, side: .falseNegative, cause: cause, mention: goldSpan, text: goldText,
                    counterpart: predictedSpan, counterpartText: predictedText, context: context(goldSpan)))
            }
        }
        for goldIndex in matching.missed {
            let goldSpan = span(gold.entities[goldIndex])
            errors.append(MentionError(
                documentID: gold.id, side: .falseNegative, cause: .missed, mention: goldSpan,
                text: text.slice(goldSpan.start, goldSpan.end), context: context(goldSpan)))
        }
        return errors.sorted { ($0.mention.start, $0.mention.end, $0.side.rawValue) < ($1.mention.start, $1.mention.end, $1.side.rawValue) }
    }

    private func relationErrors(
        _ matching: RelationMatching, gold: AnnotatedDocument, prediction: AnnotatedDocument, text: CodePointText
    ) -> [RelationError] {
        let predictedKeyMaker = RelationKeyMaker(document: prediction, level: matching.level, goldEntities: gold.entities)
        var rulesByKey: [RelationKey: [String]] = [:]
        for relation in prediction.relations {
            if let key = predictedKeyMaker.key(for: relation) {
                rulesByKey[key, default: []].append(relation.rule ?? RuleTally.unnamedRule)
            }
        }
        let predictedMentionText = Dictionary(prediction.entities.map { ($0.id, text.slice($0.start, $0.end)) }) { _, last in last }
        func describe(_ argument: RelationArgument) -> String {
            switch argument {
            case let .span(start, end): return text.slice(start, end)
            case let .entity(name): return name.folded
            case let .unmatched(mentionID): return predictedMentionText[mentionID] ?? mentionID
            }
        }
        func context(_ key: RelationKey) -> String {
            guard case let .span(headStart, headEnd) = key.head, case let .span(tailStart, tailEnd) = key.tail else { return "" }
            return sentenceWindow.context(in: text, marking: [(headStart, headEnd), (tailStart, tailEnd)])
        }
        let sides: [(ErrorSide, [RelationKey])] = [(.falsePositive, matching.falsePositives), (.falseNegative, matching.falseNegatives)]
        return sides.flatMap { side, keys in
            keys.map { key in
                RelationError(
                    documentID: gold.id, level: matching.level, side: side, key: key, headText: describe(key.head),
                    tailText: describe(key.tail), rules: side == .falsePositive ? Array(Set(rulesByKey[key] ?? [])).sorted() : [],
                    context: context(key))
            }
        }
    }

    private static func entityRules(prediction: AnnotatedDocument, matching: EntityMatching) -> [String: RuleTally] {
        var tallies: [String: RuleTally] = [:]
        for (entity, outcome) in zip(prediction.entities, matching.outcomes) {
            let rule = entity.rule ?? RuleTally.unnamedRule
            switch outcome {
            case .correct: tallies[rule, default: RuleTally()].correct += 1
            case .incorrect, .partial: tallies[rule, default: RuleTally()].incorrect += 1
            case .spurious: tallies[rule, default: RuleTally()].spurious += 1
            }
        }
        return tallies
    }

    /// A predicted relation is correct for its rule when its mention-level key is in gold.
    private static func relationRules(prediction: AnnotatedDocument, gold: AnnotatedDocument, matching: RelationMatching) -> [String: RuleTally] {
        let keyMaker = RelationKeyMaker(document: prediction, level: .mention, goldEntities: gold.entities)
        let correctKeys = Set(matching.truePositives)
        var tallies: [String: RuleTally] = [:]
        for relation in prediction.relations {
            guard let key = keyMaker.key(for: relation) else { continue }
            let rule = relation.rule ?? RuleTally.unnamedRule
            if correctKeys.contains(key) { tallies[rule, default: RuleTally()].correct += 1 } else { tallies[rule, default: RuleTally()].spurious += 1 }
        }
        return tallies
    }
}
