import GazetteTestSupport
import Testing

@Suite("Relation parties and clauses")
struct PartyFilterTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("Trade between X and Y")
    func tradeBetween() throws {
        #expect(try probe.relations("Trade between Belarus and Tatarstan grew.") == ["cooperates_with(Belarus, Tatarstan)"])
    }

    @Test("A text that starts with \"Of\" before a party: no look before the first token (it crashed)")
    func ofAtTheStart() throws {
        #expect(try probe.relations("Of Belarus and Russia cooperation grows.") == ["cooperates_with(Belarus, Russia)"])
        #expect(try probe.relations("Of the Belarus and Russia cooperation.") == ["cooperates_with(Belarus, Russia)"])
    }

    @Test("Each clause states its own cooperation")
    func clauses() throws {
        #expect(try probe.relations("Belarus ships tractors to Samara, while Tatarstan supplies trucks to Minsk.") == [
            "cooperates_with(Belarus, Samara)", "cooperates_with(Tatarstan, Minsk)",
        ])
    }

    @Test("Places that qualify a title, news outlets and containers are not parties")
    func nonParties() throws {
        #expect(try probe.relations("Belarus President Aleksandr Lukashenko praised cooperation with Tatarstan, BelTA reports.")
            == ["leader_of(Aleksandr Lukashenko, Belarus)"])
        #expect(try probe.relations("Belarus will expand cooperation with the Orenburg region (Russia).")
            == ["part_of(Orenburg region, Russia)", "cooperates_with(Belarus, Orenburg region)"])
    }

    @Test("A coordinated subject cooperates within itself; a hyphen coordinates")
    func coordinatedSubjects() throws {
        #expect(try probe.relations("BelAZ and Gomselmash will work together.") == ["cooperates_with(BelAZ, Gomselmash)"])
        #expect(try probe.relations("The Belarus-Russia cooperation grows.") == ["cooperates_with(Belarus, Russia)"])
    }

    @Test("A product followed by its maker")
    func productOfMaker() throws {
        #expect(try probe.relations("They bought combine harvesters made by the association Gomselmash and BelAZ.") == [
            "produces(Gomselmash, combine harvesters)", "produces(BelAZ, combine harvesters)",
        ])
    }

    @Test("A product followed by its maker in the passive")
    func productOfMakerPassive() throws {
        #expect(try probe.relations("The dump trucks are manufactured by BelAZ.") == ["produces(BelAZ, dump trucks)"])
        #expect(try probe.relations("The combine harvesters are designed and made by Gomselmash.") == ["produces(Gomselmash, combine harvesters)"])
        #expect(try probe.relations("The dump trucks have been built by BelAZ since 1958.") == ["produces(BelAZ, dump trucks)"])
        // Selling is no making.
        #expect(try probe.relations("The dump trucks are sold by BelAZ.").contains { $0.hasPrefix("produces") } == false)
    }

    @Test("Coordinated persons who held talks meet")
    func coordinatedMeeting() throws {
        #expect(try probe.relations("Oleg Betin and Governor Sergei Kovrov held talks.").contains("meets(Oleg Betin, Sergei Kovrov)"))
    }

    @Test("A regional prime minister leads no region; a country's does")
    func regionalPrimeMinister() throws {
        #expect(try probe.relations("Prime Minister of Tatarstan Oleg Petrov spoke.") == [])
        #expect(try probe.relations("Prime Minister of Russia Oleg Petrov spoke.") == ["leader_of(Oleg Petrov, Russia)"])
    }

    @Test("A place in another country is not part of it")
    func countryMismatch() throws {
        #expect(try probe.relations("the Days of St. Petersburg in Belarus") == [])
    }

    @Test("Coordination across descriptors and located-in modifiers")
    func coordinationWithDescriptors() throws {
        #expect(try probe.relations("BelAZ and the Minsk company Mikran will cooperate.") == [
            "located_in(Mikran, Minsk)", "cooperates_with(BelAZ, Mikran)",
        ])
    }

    @Test("A place that is only the setting is no party; 'not only … but also' is one clause")
    func settingsAndButAlso() throws {
        #expect(try probe.relations("BelAZ will supply trucks to Tatarstan at the forum in Samara.") == ["cooperates_with(BelAZ, Tatarstan)"])
        #expect(try probe.relations("Belarus will supply not only trucks but also buses to Tatarstan.") == ["cooperates_with(Belarus, Tatarstan)"])
    }

    @Test("A fronted 'Based in X,' locates the enterprise")
    func basedInFront() throws {
        #expect(try probe.relations("Based in Minsk, BelAZ ships trucks to Tatarstan.") == [
            "located_in(BelAZ, Minsk)", "cooperates_with(BelAZ, Tatarstan)",
        ])
    }
}
