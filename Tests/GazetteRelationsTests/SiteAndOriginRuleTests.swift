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

@Suite("Coordinations across relation statements")
struct CoordinationRuleTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("Coordinated products share their maker")
    func coordinatedProducts() throws {
        #expect(try probe.relations("They buy trucks and combine harvesters made by Gomselmash.") == [
            "produces(Gomselmash, trucks)", "produces(Gomselmash, combine harvesters)",
        ])
    }

    @Test("Trade in goods between two places")
    func tradeInBetween() throws {
        #expect(try probe.relations("Trade in meat products between Belarus and Tatarstan grew.") == ["cooperates_with(Belarus, Tatarstan)"])
    }

    @Test("A place and an enterprise coordinated are both parties; 'head of cattle' is no title")
    func coordinatedParties() throws {
        #expect(try probe.relations("Tatarstan and BelAZ will work together.") == ["cooperates_with(Tatarstan, BelAZ)"])
        #expect(try probe.relations("Samara farms will supply 500 head of pedigree tractors to Tatarstan.") == ["cooperates_with(Samara, Tatarstan)"])
    }

    @Test("An enterprise in a town in a region is located in both")
    func locatedChain() throws {
        #expect(try probe.relations("BelAZ, located in Samara, Tatarstan, grows.") == [
            "located_in(BelAZ, Samara)", "located_in(BelAZ, Tatarstan)", "part_of(Samara, Tatarstan)",
        ])
    }
}
