import GazetteEvaluation
import Testing

@Suite("Gating with --min-f1")
struct GateTests {
    /// Strict: 2 correct, 1 missed (P 1, R 2/3, F 0.8); relations: 1 of 2 found (F 2/3).
    private func corpus() -> CorpusScore {
        let text = "Lukashenko met Putin in Minsk."
        let gold = AnnotatedDocumentBuilder(text: text).mention("PERSON", "Lukashenko").mention("PERSON", "Putin").mention("REGION", "Minsk")
            .relation("meets", 1, 2).relation("visited", 1, 3)
        let predicted = AnnotatedDocumentBuilder(text: text).mention("PERSON", "Lukashenko").mention("PERSON", "Putin")
            .relation("meets", 2, 1)
        return CorpusScore(documents: [DocumentScorer().score(gold: gold.document, predicted: predicted.document)])
    }

    @Test("Thresholds are read from comma-separated pairs across option values")
    func parsing() throws {
        let gate = try F1Gate(parsing: ["entities=0.9,relations=0.7", "relations-document=0.5, PERSON=0.8", "leader_of=1"])
        #expect(gate.thresholds == [
            F1Threshold(key: "entities", minimum: 0.9), F1Threshold(key: "relations", minimum: 0.7),
            F1Threshold(key: "relations-document", minimum: 0.5), F1Threshold(key: "PERSON", minimum: 0.8),
            F1Threshold(key: "leader_of", minimum: 1),
        ])
    }

    @Test("Bad thresholds are usage errors that say what is wrong", arguments: [
        ("entities", "'entities' is not KEY=VALUE"),
        ("people=0.5", "unknown key 'people'"),
        ("entities=high", "value 'high' of entities is not a number from 0 to 1"),
        ("entities=1.5", "value '1.5' of entities is not a number from 0 to 1"),
        ("entities=0.5,entities=0.6", "entities is given twice"),
    ])
    func badThresholds(specification: String, reason: String) {
        #expect {
            _ = try F1Gate(parsing: [specification])
        } throws: { error in
            (error as? F1Gate.SpecificationError)?.description.contains(reason) == true
        }
    }

    @Test("Each figure is checked; a shortfall names the figure and by how much")
    func checks() throws {
        let gate = try F1Gate(parsing: ["entities=0.9,relations=0.5,PERSON=1,REGION=0.1,meets=0.99"])
        let checks = gate.check(corpus())
        #expect(checks.map(\.passed) == [false, true, true, false, true])
        #expect(zip(checks.map(\.value), [0.8, 2.0 / 3.0, 1, 0, 1]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(checks[0].message == "entities strict micro-F1 (entities) 0.8000 is below 0.9000 by 0.1000")
        #expect(checks[3].message == "REGION strict F1 (REGION) 0.0000 is below 0.1000 by 0.1000")
        #expect(checks[1].message == "relations mention-level F1 (relations) 0.6667 ≥ 0.5000")
        #expect(abs(checks[0].shortfall - 0.1) < 1e-12)
    }

    @Test("A figure equal to its minimum passes despite floating-point rounding")
    func equalPasses() throws {
        // F1 = 2PR/(P+R) with P = 1, R = 2/3 is 0.8 computed as 0.7999999999999999 or 0.8.
        let gate = try F1Gate(parsing: ["entities=0.8"])
        #expect(gate.check(corpus()).allSatisfy { $0.passed })
    }
}
