import GazetteEvaluation
import Testing

@Suite("Bootstrap")
struct BootstrapTests {
    @Test("SplitMix64 gives the reference sequence (seed 0 starts 0xE220A8397B1DCDAF)")
    func splitMixReference() {
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        var seeded = SplitMix64(seed: 2013)
        #expect([seeded.next(), seeded.next(), seeded.next()] == [7_157_021_033_590_197_681, 6_998_332_210_456_020_085, 6_246_689_124_384_998_118])
    }

    @Test("Bounded draws stay in range and are deterministic")
    func boundedDraws() {
        var first = SplitMix64(seed: 42), second = SplitMix64(seed: 42)
        let draws = (0..<1000).map { _ in first.next(below: 7) }
        #expect(draws == (0..<1000).map { _ in second.next(below: 7) })
        #expect(Set(draws) == Set(0..<7))
    }

    /// Ten documents with different strict results, so resamples differ.
    private func documents() -> [DocumentScore] {
        (0..<10).map { index in
            let text = "Minsk Brest Gomel Grodno"
            var gold = AnnotatedDocumentBuilder(id: "d\(index)", text: text).mention("REGION", "Minsk").mention("REGION", "Brest")
            gold = gold.mention("REGION", "Gomel").relation("cooperates_with", 1, 2)
            var predicted = AnnotatedDocumentBuilder(id: "d\(index)", text: text)
            if index % 2 == 0 { predicted = predicted.mention("REGION", "Minsk") }
            if index % 3 == 0 { predicted = predicted.mention("REGION", "Brest").mention("REGION", "Grodno") }
            if index % 3 == 0 && index % 2 == 0 { predicted = predicted.relation("cooperates_with", 2, 1) }
            return DocumentScorer().score(gold: gold.document, predicted: predicted.document)
        }
    }

    @Test("Intervals are deterministic for a seed, differ between seeds, and bracket the figure")
    func intervals() throws {
        let scores = documents()
        let first = Bootstrap(resamples: 1000, seed: 7).intervals(for: scores)
        #expect(first == Bootstrap(resamples: 1000, seed: 7).intervals(for: scores))
        #expect(first != Bootstrap(resamples: 1000, seed: 8).intervals(for: scores))
        let corpus = CorpusScore(documents: scores)
        for figure in HeadlineFigure.allCases {
            let interval = try #require(first[figure])
            #expect(0 <= interval.lower && interval.lower <= corpus.f1(of: figure) && corpus.f1(of: figure) <= interval.upper && interval.upper <= 1, "\(figure): \(interval)")
            #expect(interval.lower < interval.upper, "\(figure): \(interval)")
        }
    }

    @Test("No documents or no resamples give no intervals")
    func empty() {
        #expect(Bootstrap(resamples: 1000).intervals(for: []).isEmpty)
        #expect(Bootstrap(resamples: 0).intervals(for: documents()).isEmpty)
    }
}
