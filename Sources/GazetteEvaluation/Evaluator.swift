import GazetteIO

/// Scores predictions against gold and builds the report: the entry point of the library.
///
/// ```swift
/// let gold = GoldReader().read(["Evaluation/fixtures"])
/// let predictions = PredictionReader().read(["out.jsonl"], gold: gold.documents)
/// let report = Evaluator().evaluate(gold: gold.documents, predictions: predictions.byID)
/// print(report.corpus.f1(of: .entities))
/// ```
public struct Evaluator: Sendable {
    public var bootstrap: Bootstrap
    public var scorer: DocumentScorer

    public init(bootstrap: Bootstrap = Bootstrap(), scorer: DocumentScorer = DocumentScorer()) {
        self.bootstrap = bootstrap
        self.scorer = scorer
    }

    /// - Parameters:
    ///   - gold: validated gold documents, in the order to report them.
    ///   - predictions: predicted documents by id; ids not in gold are ignored.
    ///   - baseline: an earlier run's predictions by id, for the regression view.
    ///   - goldSources: the gold files, for the report's heading.
    ///   - predictionSource: where the predictions came from, likewise.
    public func evaluate(
        gold: [AnnotatedDocument], predictions: [String: AnnotatedDocument], baseline: [String: AnnotatedDocument]? = nil,
        goldSources: [String] = [], predictionSource: String = ""
    ) -> EvaluationReport {
        let current = gold.map { scorer.score(gold: $0, predicted: predictions[$0.id]) }
        let regression = baseline.map { baseline in
            RegressionDiff(gold: gold, current: current, baseline: gold.map { scorer.score(gold: $0, predicted: baseline[$0.id]) })
        }
        return EvaluationReport(
            goldSources: goldSources, predictionSource: predictionSource, documents: current, bootstrap: bootstrap, regression: regression)
    }
}
