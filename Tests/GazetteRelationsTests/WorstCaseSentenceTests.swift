import Gazette
import GazetteTestSupport
import Testing

/// Sentences built to hit every rule's loops at their longest: the pipeline must finish
/// them with output that grows linearly with the sentence. Their time is measured by the
/// benchmark (`gazette-benchmarks`, "worst-case sentences"), never asserted here.
@Suite("Worst-case sentences")
struct WorstCaseSentenceTests {
    private let extractor: Extractor
    private let regionNames: [String]

    init() throws {
        extractor = try TestSupport.shippedExtractor()
        regionNames = try TestSupport.shippedLexicons.get().entries.filter { $0.kind == .region }.map(\.canonical)
    }

    /// Deterministic capitalised nonsense words that no lexicon holds ("Rolinva").
    private func nonsenseWords(_ count: Int) -> [String] {
        let syllables = ["va", "ro", "lin", "tek", "mash", "zar", "ya", "bel", "kom", "nov", "ost", "gra", "dor", "vit"]
        var state: UInt64 = 11
        return (0..<count).map { _ in
            var word = ""
            for _ in 0..<3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                word += syllables[Int(state >> 33) % syllables.count]
            }
            return word.prefix(1).uppercased() + word.dropFirst()
        }
    }

    private func checkSpans(_ extraction: Extraction, _ text: String) {
        for mention in extraction.mentions {
            #expect(TestSupport.slice(text, mention.span.start, mention.span.end) == extraction.text(of: mention))
        }
    }

    @Test("10,000 capitalised words in one sentence")
    func capitalisedWords() throws {
        let text = nonsenseWords(10_000).joined(separator: " ") + " Plant produces tractors in Minsk."
        let extraction = try extractor.extract(text)
        checkSpans(extraction, text)
        #expect(extraction.text.tokens.count == 10_006)
        #expect(extraction.mentions.count < 1_000)
        #expect(extraction.mentions.contains { $0.type == .region && extraction.text(of: $0) == "Minsk" })
    }

    @Test("5,000 title words in a row before a name")
    func titleWords() throws {
        let text = "Mr " + Array(repeating: "Governor", count: 5_000).joined(separator: " ") + " Ivan Petrov visited Minsk."
        let extraction = try extractor.extract(text)
        checkSpans(extraction, text)
        #expect(extraction.mentions.contains { $0.type == .person && extraction.text(of: $0).hasSuffix("Petrov") })
        #expect(extraction.relations.count <= 2)
    }

    @Test("1,200 coordinated places before a cooperation trigger: pairs stay bounded")
    func coordinatedPlaces() throws {
        let names = Array(regionNames.prefix(1_200))
        try #require(names.count == 1_200)
        let text = names.joined(separator: ", ") + " and Tula cooperate."
        let extraction = try extractor.extract(text)
        checkSpans(extraction, text)
        #expect(extraction.mentions.count > 1_000)
        // Every pair of a 1,200-name list would be 720,000 relations; a coordination is
        // bounded, so the relations stay linear in the number of mentions.
        #expect(extraction.relations.count <= extraction.mentions.count)
        #expect(extraction.relations.count > 0)
    }

    @Test("3,000 distinct persons in one document: entities stay apart")
    func distinctPersons() throws {
        // Distinct by construction: the index written in syllables.
        let syllables = ["va", "ro", "lin", "tek", "mash", "zar", "ya", "bel", "kom", "nov", "ost", "gra", "dor", "vit"]
        let surnames = (0..<3_000).map { index in
            let word = [index / 2_744, index / 196 % 14, index / 14 % 14, index % 14].map { syllables[$0] }.joined()
            return word.prefix(1).uppercased() + word.dropFirst() + "ov"
        }
        let text = surnames.map { "Ivan \($0)" }.joined(separator: ", ") + " met in Minsk. " + surnames[1_234] + " spoke."
        let extraction = try extractor.extract(text)
        checkSpans(extraction, text)
        let persons = extraction.mentions.filter { $0.type == .person }
        #expect(persons.count == 3_001)
        // The closing short form joins its own entity and no other.
        let last = try #require(persons.last)
        #expect(last.canonical == "Ivan " + surnames[1_234])
        #expect(Set(persons.compactMap(\.entityIndex)).count == 3_000)
    }
}
