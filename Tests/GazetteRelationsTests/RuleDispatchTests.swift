import Gazette
import GazetteRelations
import GazetteTestSupport
import Testing

/// The default rules run through direct calls; any other list through its closures. Both
/// paths must find the same relations.
@Suite("Rule dispatch")
struct RuleDispatchTests {
    /// A rule that only forwards: its type is not a default rule's, so the extractor takes
    /// the closure path.
    private struct Forwarding: RelationRule {
        let inner: any RelationRule
        var name: String { inner.name }
        func propose(in sentence: SentenceMentions, into relations: inout [Relation]) { inner.propose(in: sentence, into: &relations) }
    }

    @Test("Wrapped default rules find the relations the default rules find")
    func sameRelations() throws {
        let lexicons = try TestSupport.lexicons(InlineLexicon.lines)
        let direct = Extractor(lexicons: lexicons)
        let wrapped = Extractor(
            lexicons: lexicons, relationExtractor: RelationExtractor(rules: RelationExtractor.defaultRules.map { Forwarding(inner: $0) }))
        let texts = [
            "Belarus President Aleksandr Lukashenko spoke.",
            "Belarus will expand cooperation with the Orenburg region (Russia).",
            "Trade between Belarus and Tatarstan grew, while BelAZ and Gomselmash will work together.",
            "They bought combine harvesters made by the association Gomselmash and BelAZ.",
            "Oleg Betin and Governor Sergei Kovrov held talks in Minsk, Belarus.",
        ]
        var found = 0
        for text in texts {
            let expected = try direct.extract(text).relations
            #expect(try wrapped.extract(text).relations == expected, "\(text)")
            found += expected.count
        }
        #expect(found >= 5)
    }
}
