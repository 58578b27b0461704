import GazetteIO

/// Everything `gazette evaluate` reports: the figures, the documents they come from, the
/// errors behind them, per-rule tallies, confidence intervals, and optionally a regression
/// view against a baseline and the outcome of `--min-f1`.
public struct EvaluationReport: Sendable {
    /// The gold files read.
    public var goldSources: [String]
    /// Where the predictions came from: files, or a description such as "the extractor".
    public var predictionSource: String
    /// One score per gold document, in gold order.
    public var documents: [DocumentScore]
    public var corpus: CorpusScore
    /// Gold document ids the predictions had no document for (scored as all missed).
    public var missingDocuments: [String]
    public var bootstrap: Bootstrap
    public var intervals: [HeadlineFigure: ConfidenceInterval]
    /// Per `rule` value of the predicted mentions.
    public var entityRules: [String: RuleTally]
    /// Per `rule` value of the predicted relations (judged at mention level).
    public var relationRules: [String: RuleTally]
    public var regression: RegressionDiff?
    public var gateChecks: [GateCheck] = []
    /// Warnings met while reading, as "file:line: record 'id': reason" lines.
    public var warnings: [String] = []

    public init(
        goldSources: [String], predictionSource: String, documents: [DocumentScore], bootstrap: Bootstrap,
        regression: RegressionDiff? = nil
    ) {
        self.goldSources = goldSources
        self.predictionSource = predictionSource
        self.documents = documents
        self.bootstrap = bootstrap
        self.regression = regression
        corpus = CorpusScore(documents: documents)
        missingDocuments = documents.filter { !$0.hasPrediction }.map(\.id)
        intervals = bootstrap.intervals(for: documents)
        var entityRules: [String: RuleTally] = [:], relationRules: [String: RuleTally] = [:]
        for document in documents {
            for (rule, tally) in document.entityRules { entityRules[rule, default: RuleTally()] += tally }
            for (rule, tally) in document.relationRules { relationRules[rule, default: RuleTally()] += tally }
        }
        self.entityRules = entityRules
        self.relationRules = relationRules
    }

    public var mentionErrors: [MentionError] { documents.flatMap(\.mentionErrors) }

    public func relationErrors(at level: RelationLevel) -> [RelationError] {
        documents.flatMap(\.relationErrors).filter { $0.level == level }
    }

    /// Whether every `--min-f1` threshold was reached (true when none was given).
    public var passedGate: Bool { gateChecks.allSatisfy(\.passed) }
}
