import GazetteTestSupport
import Testing

@Suite("Relation rules")
struct RelationRuleTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("leader_of: place before the title, title of place, and a speaker label")
    func leaderOf() throws {
        #expect(try probe.relations("Belarus President Aleksandr Lukashenko spoke.") == ["leader_of(Aleksandr Lukashenko, Belarus)"])
        #expect(try probe.relations("Governor of Russia’s Samara Oblast Vladimir Azarov spoke.").contains("leader_of(Vladimir Azarov, Samara Oblast)"))
        #expect(try probe.relations("Aleksandr Lukashenko, Belarus President: we agree.") == ["leader_of(Aleksandr Lukashenko, Belarus)"])
        #expect(try probe.relations("Yury Slyusar was the head of PAO United Aircraft Corporation.")
            == ["leader_of(Yury Slyusar, PAO United Aircraft Corporation)"])
    }

    @Test("leader_of: a title that runs into the place ('Head of the Republic' + 'Republic of Tatarstan') ends before it")
    func titleRunningIntoPlace() throws {
        let shipped = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        #expect(try shipped.relations("He met Head of the Republic of Tatarstan Rustam Minnikhanov.")
            == ["leader_of(Rustam Minnikhanov, Republic of Tatarstan)"])
        // The long title alone still needs its place.
        #expect(try shipped.relations("He met Head of the Republic Rustam Minnikhanov in Tatarstan.") == [])
    }

    @Test("leader_of is not given for non-leader titles")
    func notLeader() throws {
        #expect(try probe.relations("Belarus Ambassador Oleg Petrov spoke.") == [])
    }

    @Test("part_of and located_in from possessives, 'of', parentheses and modifiers")
    func containment() throws {
        #expect(try probe.relations("Russia’s Samara Oblast grows.") == ["part_of(Samara Oblast, Russia)"])
        #expect(try probe.relations("the Orenburg region (Russia) grows") == ["part_of(Orenburg region, Russia)"])
        #expect(try probe.relations("Belarus’ BelAZ grows.") == ["located_in(BelAZ, Belarus)"])
        #expect(try probe.relations("Tomsk company Mikran grows.") == [])  // Tomsk is not in the inline lexicon
        #expect(try probe.relations("Minsk company Mikran grows.") == ["located_in(Mikran, Minsk)"])
    }

    @Test("meets: the subject before the trigger and the person after it")
    func meets() throws {
        #expect(try probe.relations("Aleksandr Lukashenko met with Oleg Betin on Monday.") == ["meets(Aleksandr Lukashenko, Oleg Betin)"])
        #expect(try probe.relations("Aleksandr Lukashenko did not meet Oleg Betin.") == [])
    }

    @Test("A negated verb whose object is the trigger states nothing: 'did not sign a contract with'")
    func negatedVerbObject() throws {
        let shipped = RecognitionProbe(extractor: try TestSupport.shippedExtractor())
        #expect(try shipped.relations("BelAZ did not sign a contract with MAZ.") == [])
        #expect(try shipped.relations("BelAZ has never signed an agreement with MAZ.") == [])
        #expect(try shipped.relations("BelAZ signed a contract with MAZ.") == ["cooperates_with(BelAZ, MAZ)"])
    }

    @Test("visited: to the possessed place of a chain")
    func visited() throws {
        #expect(try probe.relations("Oleg Betin went to Russia’s Samara Oblast.") == [
            "part_of(Samara Oblast, Russia)", "visited(Oleg Betin, Samara Oblast)",
        ])
    }

    @Test("visited: a second place joined by 'and', each the possessed place of its chain")
    func visitedCoordinated() throws {
        #expect(try probe.relations("Oleg Betin went to Minsk and Samara Oblast in May.") == [
            "visited(Oleg Betin, Minsk)", "visited(Oleg Betin, Samara Oblast)",
        ])
        #expect(try probe.relations("Oleg Betin went to Minsk and Russia’s Samara Oblast in May.") == [
            "part_of(Samara Oblast, Russia)", "visited(Oleg Betin, Minsk)", "visited(Oleg Betin, Samara Oblast)",
        ])
    }

    @Test("located_in: 'is based in', 'is located in', '(which is) headquartered in', also after a name in apposition; 'X, home of Y'")
    func isBasedIn() throws {
        #expect(try probe.relations("BelAZ is based in Minsk.") == ["located_in(BelAZ, Minsk)"])
        #expect(try probe.relations("BelAZ, which is headquartered in Minsk, grew.") == ["located_in(BelAZ, Minsk)"])
        #expect(try probe.relations("BelAZ, headquartered in Minsk, grew.") == ["located_in(BelAZ, Minsk)"])
        #expect(try probe.relations("BelAZ, which is a partner of Minsk, grew.") == [])
        #expect(try probe.relations("They went to Minsk, home of BelAZ, in May.") == ["located_in(BelAZ, Minsk)"])
        #expect(try probe.relations("They went to Minsk, home to the BelAZ plant.") == ["located_in(BelAZ, Minsk)"])
        #expect(try probe.relations("The plant, BelAZ, is located in Minsk, Belarus.") == [
            "located_in(BelAZ, Minsk)", "located_in(BelAZ, Belarus)", "part_of(Minsk, Belarus)",
        ])
    }

    @Test("produces: coordinated makers and a maker used as a modifier")
    func produces() throws {
        #expect(try probe.relations("BelAZ and MAZ manufacture dump trucks.") == [
            "produces(BelAZ, dump trucks)", "produces(MAZ, dump trucks)",
        ])
        #expect(try probe.relations("BelAZ dump trucks work well.") == ["produces(BelAZ, dump trucks)"])
    }

    @Test("cooperates_with: skips possessors and datelines")
    func cooperates() throws {
        #expect(try probe.relations("Belarus invites Russia’s Samara Oblast to set up joint ventures.")
            == ["part_of(Samara Oblast, Russia)", "cooperates_with(Belarus, Samara Oblast)"])
        #expect(try probe.relations("MINSK, 17 November (BelTA) – Belarus and Tatarstan expand cooperation.")
            == ["cooperates_with(Belarus, Tatarstan)"])
        // A possessor is a party when a preposition, not a name, follows its noun.
        #expect(try probe.relations("Tatarstan’s cooperation with Belarus grew.") == ["cooperates_with(Tatarstan, Belarus)"])
    }
}
