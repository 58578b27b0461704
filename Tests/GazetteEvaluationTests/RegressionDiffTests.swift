import GazetteEvaluation
import Testing

@Suite("Regression view")
struct RegressionDiffTests {
    static let text = "Lukashenko met Putin in Minsk and Brest."

    @Test("Lists what the new run fixed and what it broke, mention by mention and relation by relation")
    func fixedAndBroken() throws {
        let gold = AnnotatedDocumentBuilder(text: Self.text)
            .mention("PERSON", "Lukashenko").mention("PERSON", "Putin").mention("REGION", "Minsk").mention("REGION", "Brest")
            .relation("meets", 1, 2)
        // Baseline: finds Lukashenko, Putin and Minsk, predicts "Brest." wrongly, misses the meeting.
        let baseline = AnnotatedDocumentBuilder(text: Self.text)
            .mention("PERSON", "Lukashenko").mention("PERSON", "Putin").mention("REGION", "Minsk").mention("REGION", "Brest.")
        // New run: fixes Brest and the meeting, loses Minsk, predicts "in" as a REGION.
        let current = AnnotatedDocumentBuilder(text: Self.text)
            .mention("PERSON", "Lukashenko").mention("PERSON", "Putin").mention("REGION", "in", occurrence: 2).mention("REGION", "Brest")
            .relation("meets", 2, 1)
        let report = Evaluator(bootstrap: Bootstrap(resamples: 0)).evaluate(
            gold: [gold.document], predictions: ["doc-1": current.document], baseline: ["doc-1": baseline.document])
        let regression = try #require(report.regression)
        func describe(_ changes: [RegressionChange]) -> [String] {
            changes.map { "\($0.item.rawValue) \($0.kind.rawValue) \($0.location) \($0.text)" }
        }
        #expect(describe(regression.fixed) == [
            "entity now_found REGION [34, 39) Brest",
            "entity no_longer_predicted REGION [34, 40) Brest.",
            "relation now_found meets([0, 10) ↔ [15, 20)) meets('Lukashenko' ↔ 'Putin')",
        ])
        #expect(describe(regression.broken) == [
            "entity now_missed REGION [24, 29) Minsk",
            "entity newly_predicted REGION [21, 23) in",
        ])
        #expect(regression.baseline.f1(of: .relations) == 0)
        #expect(report.corpus.f1(of: .relations) == 1)
    }

    @Test("Without a baseline there is no regression view")
    func noBaseline() {
        let gold = AnnotatedDocumentBuilder(text: Self.text).mention("PERSON", "Putin")
        #expect(Evaluator(bootstrap: Bootstrap(resamples: 0)).evaluate(gold: [gold.document], predictions: [:]).regression == nil)
    }
}
