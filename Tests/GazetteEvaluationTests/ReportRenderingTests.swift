import Foundation
import GazetteEvaluation
import Testing

/// The three renderings say the same things: figures, errors with their sentences, rules.
@Suite("Report rendering")
struct ReportRenderingTests {
    static let text = "Belarus President Aleksandr Lukashenko met Putin. MAZ makes buses in Minsk."

    private func report() -> EvaluationReport {
        let gold = AnnotatedDocumentBuilder(text: Self.text)
            .mention("REGION", "Belarus").mention("PERSON", "Aleksandr Lukashenko").mention("PERSON", "Putin")
            .mention("ENTERPRISE", "MAZ").mention("PRODUCT", "buses").mention("REGION", "Minsk")
            .relation("leader_of", 2, 1).relation("meets", 2, 3).relation("produces", 4, 5)
        let predicted = AnnotatedDocumentBuilder(text: Self.text)
            .mention("REGION", "Belarus", rule: "lexicon").mention("PERSON", "Lukashenko", rule: "lexicon")
            .mention("PERSON", "Putin", rule: "given-name").mention("REGION", "MAZ", rule: "lexicon").mention("REGION", "Minsk", rule: "lexicon")
            .mention("PRODUCT", "makes", rule: "product-kind")
            .relation("leader_of", 2, 1, rule: "leader-title").relation("meets", 3, 2, rule: "trigger-meets")
        var report = Evaluator(bootstrap: Bootstrap(resamples: 200)).evaluate(
            gold: [gold.document], predictions: ["doc-1": predicted.document], goldSources: ["gold.jsonl"], predictionSource: "pred.jsonl")
        report.gateChecks = (try? F1Gate(parsing: ["entities=0.9"]))?.check(report.corpus) ?? []
        return report
    }

    @Test("Errors carry their cause, counterpart, rule and sentence")
    func mentionErrors() {
        let errors = report().mentionErrors.map { "\($0.side.abbreviation) \($0.cause.rawValue) \($0.text) \($0.rule ?? "-") | \($0.context)" }
        #expect(errors == [
            "FN wrong_boundaries Aleksandr Lukashenko - | Belarus President [[Aleksandr Lukashenko]] met Putin.",
            "FP wrong_boundaries Lukashenko lexicon | Belarus President Aleksandr [[Lukashenko]] met Putin.",
            "FN wrong_type MAZ - | [[MAZ]] makes buses in Minsk.",
            "FP wrong_type MAZ lexicon | [[MAZ]] makes buses in Minsk.",
            "FP spurious makes product-kind | MAZ [[makes]] buses in Minsk.",
            "FN missed buses - | MAZ makes [[buses]] in Minsk.",
        ])
    }

    @Test("Rules are tallied by outcome")
    func rules() {
        let report = report()
        #expect(report.entityRules["lexicon"] == RuleTally(correct: 2, incorrect: 2, spurious: 0))
        #expect(report.entityRules["product-kind"] == RuleTally(spurious: 1))
        // Both relations use "Lukashenko", not the gold span "Aleksandr Lukashenko".
        #expect(report.relationRules["trigger-meets"] == RuleTally(spurious: 1))
        #expect(report.relationRules["leader-title"] == RuleTally(spurious: 1))
        // At document level "Lukashenko" maps to the gold entity, so both match there.
        #expect(report.corpus.documentRelations.micro == RelationCounts(truePositives: 2, falseNegatives: 1))
    }

    @Test("JSON has stable keys, every mode's counts and P/R/F, per type, and the gate")
    func json() throws {
        let data = Data(report().json().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Array(root.keys).sorted() == [
            "bootstrap", "documents", "entities", "errors", "gate", "gold", "headline", "missing_documents", "per_document",
            "predictions", "regression", "relations", "rules", "warnings",
        ])
        let entities = try #require(root["entities"] as? [String: Any])
        let micro = try #require(entities["micro"] as? [String: [String: Double]])
        #expect(micro.keys.sorted() == ["exact", "partial", "strict", "type"])
        #expect(micro["strict"]?["COR"] == 3 && micro["strict"]?["INC"] == 2 && micro["strict"]?["MIS"] == 1 && micro["strict"]?["SPU"] == 1)
        #expect(micro["partial"]?["PAR"] == 1)
        #expect(micro["strict"]?["P"] == 0.5 && micro["strict"]?["R"] == 0.5)
        let byType = try #require(entities["by_type"] as? [String: [String: [String: Double]]])
        #expect(byType.keys.sorted() == ["ENTERPRISE", "PERSON", "PRODUCT", "REGION"])
        #expect(byType["REGION"]?["strict"]?["SPU"] == 1)
        let gate = try #require(root["gate"] as? [String: Any])
        #expect(gate["passed"] as? Bool == false)
        // The same text twice: keys and order are stable.
        #expect(report().json() == report().json())
    }

    @Test("The table and Markdown show the headline, modes and errors with sentences")
    func humanFormats() {
        let table = report().table()
        #expect(table.contains("  entities strict micro-F1     0.5000"))
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains(["strict", "3", "2", "0", "1", "1", "0.5000", "0.5000", "0.5000"]))
        #expect(table.contains("  FP doc-1 PRODUCT [54, 59) 'makes': spurious [rule product-kind]\n      MAZ [[makes]] buses in Minsk."))
        #expect(table.contains("Gate: FAILED (1 of 1 figures short)"))
        let markdown = report().markdown()
        #expect(markdown.hasPrefix("# Gazette evaluation: 1 documents\n"))
        #expect(markdown.contains("| strict | 3 | 2 | 0 | 1 | 1 | 0.5000 | 0.5000 | 0.5000 |"))
        #expect(markdown.contains("|---|---:|"))
        #expect(markdown.contains("  > MAZ [[makes]] buses in Minsk."))
    }
}
