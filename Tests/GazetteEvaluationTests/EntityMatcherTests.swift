import GazetteEvaluation
import Testing

/// nervaluate 1.2.1's matching in the corners the vectors do not reach.
@Suite("Entity matching")
struct EntityMatcherTests {
    private func span(_ type: String, _ start: Int, _ end: Int) -> LabelledSpan { LabelledSpan(type: type, start: start, end: end) }

    @Test("Spans that only touch do not overlap (end offsets are exclusive)")
    func touchingIsSpurious() {
        let matching = EntityMatcher.match(gold: [span("REGION", 5, 10)], predicted: [span("REGION", 0, 5)], mode: .partial)
        #expect(matching.outcomes == [.spurious])
        #expect(matching.missed == [0])
        #expect(matching.counts == EntityCounts(missed: 1, spurious: 1))
    }

    @Test("An overlap below 1% of the gold length does not count (nervaluate's default threshold)")
    func onePercentThreshold() {
        let long = span("PRODUCT", 0, 150)
        #expect(EntityMatcher.match(gold: [long], predicted: [span("PRODUCT", 149, 160)], mode: .partial).outcomes == [.spurious])
        // 2 of 150 code points is 1.33%: enough.
        #expect(EntityMatcher.match(gold: [long], predicted: [span("PRODUCT", 148, 160)], mode: .partial).outcomes == [.partial(gold: 0)])
        // Exactly 1%: enough.
        #expect(EntityMatcher.match(gold: [span("PRODUCT", 0, 100)], predicted: [span("PRODUCT", 99, 120)], mode: .strict).outcomes == [.incorrect(gold: 0)])
    }

    @Test("Strict mode prefers a later exact match over an earlier overlap")
    func strictPrefersExact() {
        let gold = [span("PERSON", 0, 10), span("PERSON", 5, 8)]
        let matching = EntityMatcher.match(gold: gold, predicted: [span("PERSON", 5, 8)], mode: .strict)
        #expect(matching.outcomes == [.correct(gold: 1)])
        #expect(matching.missed == [0])
    }

    @Test("Type mode picks the same-type gold mention with the closest boundaries")
    func typeModeClosest() {
        let gold = [span("REGION", 0, 4), span("REGION", 2, 9), span("PERSON", 3, 8)]
        let matching = EntityMatcher.match(gold: gold, predicted: [span("REGION", 3, 8)], mode: .type)
        #expect(matching.outcomes == [.correct(gold: 1)])
        #expect(matching.counts == EntityCounts(correct: 1, missed: 2))
    }

    @Test("Each gold mention is used once: a second prediction on it is spurious")
    func goldUsedOnce() {
        let matching = EntityMatcher.match(gold: [span("REGION", 0, 5)], predicted: [span("REGION", 0, 5), span("REGION", 0, 5)], mode: .strict)
        #expect(matching.outcomes == [.correct(gold: 0), .spurious])
    }

    @Test("Per type, a type error is a miss of the gold type and a spurious mention of the predicted one")
    func perTypeFiltering() {
        let gold = AnnotatedDocumentBuilder(text: "Minsk is here").entity("REGION", 0, 5).document
        let predicted = AnnotatedDocumentBuilder(text: "Minsk is here").entity("ENTERPRISE", 0, 5).document
        let score = DocumentScorer().score(gold: gold, predicted: predicted)
        #expect(score.entities.strict == EntityCounts(incorrect: 1))
        #expect(score.entities.exact == EntityCounts(correct: 1))
        #expect(score.entitiesByType["REGION"]?.strict == EntityCounts(missed: 1))
        #expect(score.entitiesByType["ENTERPRISE"]?.strict == EntityCounts(spurious: 1))
    }

    @Test("Macro averages are the mean of the per-type figures")
    func macroAverage() {
        let gold = AnnotatedDocumentBuilder(text: "Minsk and MAZ and Lukashenko").entity("REGION", 0, 5).entity("ENTERPRISE", 10, 13).document
        let predicted = AnnotatedDocumentBuilder(text: "").entity("REGION", 0, 5).document
        let report = Evaluator(bootstrap: Bootstrap(resamples: 0)).evaluate(gold: [gold], predictions: [gold.id: predicted])
        // REGION: P = R = F = 1; ENTERPRISE: all 0. Micro: P 1, R 0.5.
        #expect(report.corpus.macroScores(in: .strict) == Scores(precision: 0.5, recall: 0.5))
        #expect(report.corpus.entities.scores(in: .strict).recall == 0.5)
        #expect(report.corpus.entities.scores(in: .strict).precision == 1)
    }
}
