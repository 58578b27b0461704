import Gazette
import GazetteTestSupport
import Testing

@Suite("Extractor")
struct ExtractorTests {
    @Test("Each extractor segments with its own lexicons' abbreviations, also when a new one takes a freed one's address")
    func segmenterPerExtractor() throws {
        let withObl = try TestSupport.lexicons(["abbr.obl\tABBREVIATION\tObl."])
        let without = try TestSupport.lexicons(["r.tula\tREGION\tTula"])
        let text = "Tula Obl. Governor spoke. He left."
        // Extractors created and dropped in turn on one thread: the allocator hands the
        // same address out again, which once gave a new extractor the old one's segmenter.
        for round in 0..<40 {
            let abbreviating = round % 2 == 0
            let extractor = Extractor(lexicons: abbreviating ? withObl : without)
            let sentences = try extractor.extract(text).text.sentences.count
            #expect(sentences == (abbreviating ? 2 : 3), "round \(round)")
        }
    }
}
