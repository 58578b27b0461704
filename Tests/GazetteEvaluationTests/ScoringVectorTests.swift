import Foundation
import GazetteEvaluation
import GazetteIO
import Testing

/// The figures of scoring-vectors.json (nervaluate 1.2.1, checked by running it), every
/// mode, counts exactly and P/R/F to 4 places.
@Suite("Scoring vectors")
struct ScoringVectorTests {
    struct Vector: CustomTestStringConvertible {
        var name: String
        var gold: [LabelledSpan]
        var predicted: [LabelledSpan]
        /// mode → field (COR, INC, PAR, MIS, SPU, P, R, F) → value.
        var expected: [String: [String: Double]]
        var testDescription: String { name }
    }

    /// Loaded from the copy beside this file (found by `#filePath`, not as a resource).
    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/scoring-vectors.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let vectors = root["vectors"] as? [[String: Any]]
        else { return [] }
        func spans(_ value: Any?) -> [LabelledSpan] {
            (value as? [[String: Any]] ?? []).compactMap { item in
                guard let type = item["type"] as? String, let start = item["start"] as? Int, let end = item["end"] as? Int else { return nil }
                return LabelledSpan(type: type, start: start, end: end)
            }
        }
        return vectors.map { vector in
            let expected = (vector["expected"] as? [String: [String: Any]] ?? [:]).mapValues { fields in
                fields.compactMapValues { ($0 as? NSNumber)?.doubleValue }
            }
            return Vector(name: vector["name"] as? String ?? "?", gold: spans(vector["gold"]), predicted: spans(vector["predicted"]), expected: expected)
        }
    }()

    @Test("The fixture holds the four vectors")
    func fixtureLoads() {
        #expect(Self.vectors.map(\.name) == ["mixed", "merged", "split", "type-split"])
        #expect(Self.vectors.allSatisfy { $0.expected.count == 4 })
    }

    @Test("Every mode reproduces the expected counts and P/R/F", arguments: vectors)
    func reproduces(_ vector: Vector) throws {
        for mode in EntityMode.allCases {
            let expected = try #require(vector.expected[mode.rawValue], "no expectation for \(mode)")
            let counts = EntityMatcher.match(gold: vector.gold, predicted: vector.predicted, mode: mode).counts
            let scores = counts.scores(in: mode)
            let got: [String: Double] = [
                "COR": Double(counts.correct), "INC": Double(counts.incorrect), "PAR": Double(counts.partial),
                "MIS": Double(counts.missed), "SPU": Double(counts.spurious),
                "P": rounded(scores.precision), "R": rounded(scores.recall), "F": rounded(scores.f1),
            ]
            #expect(got == expected, "\(vector.name) \(mode)")
        }
    }

    @Test("The document scorer gives the same micro counts from JSON-lines documents", arguments: vectors)
    func throughDocuments(_ vector: Vector) throws {
        let text = String(repeating: "x", count: 20)
        func entities(_ spans: [LabelledSpan]) -> [AnnotatedDocument.Entity] {
            spans.enumerated().map { AnnotatedDocument.Entity(id: "T\($0.offset + 1)", type: $0.element.type, start: $0.element.start, end: $0.element.end) }
        }
        let gold = AnnotatedDocument(id: "d", text: text, entities: entities(vector.gold), relations: [])
        let predicted = AnnotatedDocument(id: "d", text: nil, entities: entities(vector.predicted), relations: [])
        let report = Evaluator(bootstrap: Bootstrap(resamples: 0)).evaluate(gold: [gold], predictions: ["d": predicted])
        for mode in EntityMode.allCases {
            let expected = try #require(vector.expected[mode.rawValue])
            let counts = report.corpus.entities[mode]
            #expect(Double(counts.correct) == expected["COR"] && Double(counts.missed) == expected["MIS"] && Double(counts.spurious) == expected["SPU"])
            #expect(rounded(counts.scores(in: mode).f1) == expected["F"])
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
