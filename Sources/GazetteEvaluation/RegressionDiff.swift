import GazetteIO

/// What a new run fixed and what it broke against the gold, compared with a baseline run,
/// mention by mention (strict matching) and relation by relation (mention level).
public struct RegressionDiff: Sendable {
    public var fixed: [RegressionChange]
    public var broken: [RegressionChange]
    /// Headline figures of the baseline, to show the change.
    public var baseline: CorpusScore

    /// - Parameters:
    ///   - gold: the gold documents, in order.
    ///   - current: the new run's scores, one per gold document, in the same order.
    ///   - baseline: the baseline's scores, likewise.
    public init(gold: [AnnotatedDocument], current: [DocumentScore], baseline: [DocumentScore]) {
        var changes: [RegressionChange] = []
        for (document, (now, before)) in zip(gold, zip(current, baseline)) {
            let text = CodePointText(document.text ?? "")
            changes += Self.entityChanges(document: document, text: text, now: now, before: before)
            changes += Self.relationChanges(document: document, text: text, now: now, before: before)
        }
        fixed = changes.filter(\.kind.isFix)
        broken = changes.filter { !$0.kind.isFix }
        self.baseline = CorpusScore(documents: baseline)
    }

    private static func entityChanges(document: AnnotatedDocument, text: CodePointText, now: DocumentScore, before: DocumentScore) -> [RegressionChange] {
        func change(_ kind: RegressionChange.Kind, _ mention: LabelledSpan) -> RegressionChange {
            RegressionChange(documentID: document.id, kind: kind, item: .entity, location: mention.description, text: text.slice(mention.start, mention.end))
        }
        let foundNow = now.strictlyFoundGold, foundBefore = before.strictlyFoundGold
        let wrongNow = now.strictFalsePositives, wrongBefore = before.strictFalsePositives
        let ordered = { (spans: Set<LabelledSpan>) in spans.sorted { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) } }
        return foundNow.subtracting(foundBefore).sorted().map { change(.nowFound, now.goldMentions[$0]) }
            + ordered(wrongBefore.subtracting(wrongNow)).map { change(.noLongerPredicted, $0) }
            + foundBefore.subtracting(foundNow).sorted().map { change(.nowMissed, now.goldMentions[$0]) }
            + ordered(wrongNow.subtracting(wrongBefore)).map { change(.newlyPredicted, $0) }
    }

    private static func relationChanges(document: AnnotatedDocument, text: CodePointText, now: DocumentScore, before: DocumentScore) -> [RegressionChange] {
        func describe(_ argument: RelationArgument) -> String {
            if case let .span(start, end) = argument { return "'\(text.slice(start, end))'" }
            return argument.description
        }
        func change(_ kind: RegressionChange.Kind, _ key: RelationKey) -> RegressionChange {
            RegressionChange(
                documentID: document.id, kind: kind, item: .relation, location: key.description,
                text: "\(key.type)(\(describe(key.head)) \(key.isSymmetric ? "↔" : "→") \(describe(key.tail)))")
        }
        let foundNow = Set(now.mentionRelations.truePositives), foundBefore = Set(before.mentionRelations.truePositives)
        let wrongNow = Set(now.mentionRelations.falsePositives), wrongBefore = Set(before.mentionRelations.falsePositives)
        return foundNow.subtracting(foundBefore).sorted().map { change(.nowFound, $0) }
            + wrongBefore.subtracting(wrongNow).sorted().map { change(.noLongerPredicted, $0) }
            + foundBefore.subtracting(foundNow).sorted().map { change(.nowMissed, $0) }
            + wrongNow.subtracting(wrongBefore).sorted().map { change(.newlyPredicted, $0) }
    }
}
