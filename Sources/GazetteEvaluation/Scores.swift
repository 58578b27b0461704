/// Precision, recall and F1 of one count of matches.
public struct Scores: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        // Zero rather than NaN when nothing matched, as nervaluate and score.py report it.
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// Scores from the credit earned (matches, possibly with half credits), the number of
    /// predictions and the number of gold items; an empty denominator gives 0.
    public init(credit: Double, predicted: Int, expected: Int) {
        self.init(
            precision: predicted > 0 ? credit / Double(predicted) : 0,
            recall: expected > 0 ? credit / Double(expected) : 0)
    }

    /// The unweighted mean of several scores (macro-averaging); zero scores for none.
    public static func mean(_ scores: [Scores]) -> Scores {
        guard !scores.isEmpty else { return Scores(precision: 0, recall: 0) }
        let count = Double(scores.count)
        var mean = Scores(
            precision: scores.map(\.precision).reduce(0, +) / count,
            recall: scores.map(\.recall).reduce(0, +) / count)
        // The macro F1 is the mean of the F1s, not the F1 of the mean P and R.
        mean.f1 = scores.map(\.f1).reduce(0, +) / count
        return mean
    }
}
