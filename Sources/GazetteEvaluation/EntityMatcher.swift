/// Matches predicted mentions to gold mentions the way nervaluate 1.2.1 does, so that
/// Gazette's figures can be checked against that package (Evaluation/crosscheck/).
///
/// Predictions are taken in order; each one looks through the gold mentions not yet used,
/// in order, and each gold mention is used at most once:
/// - strict: the first gold mention with the same boundaries and type is COR; failing
///   that, the first sufficiently overlapping one is INC; failing that, SPU.
/// - exact: the same, with "same boundaries" regardless of type for COR.
/// - partial: among sufficiently overlapping gold mentions, the first with the same
///   boundaries is COR; failing that, the first overlapping one is PAR.
/// - type: among sufficiently overlapping gold mentions of the same type, the one with the
///   closest boundaries (the first on a tie) is COR; failing that, the first overlapping
///   one of another type is INC.
/// Gold mentions left unused are MIS.
///
/// "Sufficiently overlapping" is nervaluate's default: the shared code points are at least
/// 1% of the gold mention's length. (nervaluate takes end offsets as inclusive; Gazette's
/// are exclusive, so a span `[s, e)` here is nervaluate's `(s, e - 1)`, and spans that only
/// touch do not overlap.)
public enum EntityMatcher {
    /// nervaluate's default `min_overlap_percentage`.
    public static let minimumOverlapPercent = 1

    public static func match(gold: [LabelledSpan], predicted: [LabelledSpan], mode: EntityMode) -> EntityMatching {
        var used = Set<Int>()
        var outcomes: [PredictionOutcome] = []
        outcomes.reserveCapacity(predicted.count)
        for prediction in predicted {
            let outcome: PredictionOutcome
            switch mode {
            case .strict:
                outcome = exactOrOverlap(prediction, gold, used) { $0.hasSameBoundaries(as: $1) && $0.type == $1.type }
            case .exact:
                outcome = exactOrOverlap(prediction, gold, used) { $0.hasSameBoundaries(as: $1) }
            case .partial:
                outcome = partialMatch(prediction, gold, used)
            case .type:
                outcome = typeMatch(prediction, gold, used)
            }
            if let index = outcome.goldIndex { used.insert(index) }
            outcomes.append(outcome)
        }
        let missed = gold.indices.filter { !used.contains($0) }
        return EntityMatching(outcomes: outcomes, missed: missed)
    }

    /// Whether `prediction` overlaps `gold` by at least `minimumOverlapPercent` of the gold
    /// length. In integers, which is exactly nervaluate's `overlap / length * 100 >= 1.0`.
    public static func overlapsEnough(_ prediction: LabelledSpan, _ gold: LabelledSpan) -> Bool {
        let shared = prediction.overlapLength(with: gold)
        return shared > 0 && shared * 100 >= gold.length * minimumOverlapPercent
    }

    /// Strict and exact modes: a gold mention accepted by `isCorrect` wins (the first one);
    /// otherwise the first overlapping gold mention makes it INC.
    private static func exactOrOverlap(
        _ prediction: LabelledSpan, _ gold: [LabelledSpan], _ used: Set<Int>,
        isCorrect: (LabelledSpan, LabelledSpan) -> Bool
    ) -> PredictionOutcome {
        var firstOverlap: Int?
        for (index, candidate) in gold.enumerated() where !used.contains(index) {
            if isCorrect(prediction, candidate) { return .correct(gold: index) }
            if firstOverlap == nil, overlapsEnough(prediction, candidate) { firstOverlap = index }
        }
        return firstOverlap.map { .incorrect(gold: $0) } ?? .spurious
    }

    private static func partialMatch(_ prediction: LabelledSpan, _ gold: [LabelledSpan], _ used: Set<Int>) -> PredictionOutcome {
        var firstOverlap: Int?
        for (index, candidate) in gold.enumerated() where !used.contains(index) && overlapsEnough(prediction, candidate) {
            if prediction.hasSameBoundaries(as: candidate) { return .correct(gold: index) }
            if firstOverlap == nil { firstOverlap = index }
        }
        return firstOverlap.map { .partial(gold: $0) } ?? .spurious
    }

    private static func typeMatch(_ prediction: LabelledSpan, _ gold: [LabelledSpan], _ used: Set<Int>) -> PredictionOutcome {
        var closestSameType: (index: Int, distance: Int)?
        var firstOtherType: Int?
        for (index, candidate) in gold.enumerated() where !used.contains(index) && overlapsEnough(prediction, candidate) {
            if candidate.type == prediction.type {
                let distance = prediction.boundaryDistance(to: candidate)
                if closestSameType.map({ distance < $0.distance }) ?? true { closestSameType = (index, distance) }
            } else if firstOtherType == nil {
                firstOtherType = index
            }
        }
        if let closestSameType { return .correct(gold: closestSameType.index) }
        return firstOtherType.map { .incorrect(gold: $0) } ?? .spurious
    }
}
