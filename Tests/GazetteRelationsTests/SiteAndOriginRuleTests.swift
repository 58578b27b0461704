import GazetteTestSupport
import Testing

@Suite("Sites, appositions and places of make")
struct SiteAndOriginRuleTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("An enterprise's sites locate it")
    func sites() throws {
        #expect(try probe.relations("BelAZ has plants in Minsk and Samara.") == [
            "located_in(BelAZ, Minsk)", "located_in(BelAZ, Samara)",
        ])
        #expect(try probe.relations("the Samara plant of BelAZ") == ["located_in(BelAZ, Samara)"])
    }

    @Test("'X, the capital of Y' is part_of")
    func appositive() throws {
        #expect(try probe.relations("Samara, the capital of Tatarstan, grew.") == ["part_of(Samara, Tatarstan)"])
    }

    @Test("'made in X' and 'X-made' give the place as producer")
    func madeIn() throws {
        #expect(try probe.relations("They use tractors made in Minsk.") == ["produces(Minsk, tractors)"])
        #expect(try probe.relations("BelAZ bought Samara-made buses.") == ["produces(Samara, buses)"])
    }

    @Test("A relative clause's person is the visitor")
    func relativeVisitor() throws {
        #expect(try probe.relations("Oleg Betin met Governor Yury Petrov, who is on a trip to Samara.").contains("visited(Yury Petrov, Samara)"))
    }
}
