import GazetteTestSupport
import Testing

@Suite("Product recognition guards")
struct ProductRuleTests {
    let probe: RecognitionProbe

    init() throws { probe = try RecognitionProbe() }

    @Test("Heads used as verbs are not products")
    func verbs() throws {
        #expect(try probe.mentions("BelAZ plans to ship dump trucks.") == ["ENTERPRISE:BelAZ", "PRODUCT:dump trucks"])
        #expect(try probe.mentions("Belarus ships tractors and Samara supplies trucks.") == [
            "REGION:Belarus", "PRODUCT:tractors", "REGION:Samara", "PRODUCT:trucks",
        ])
    }

    @Test("Coordination joins modifiers, not heads")
    func coordination() throws {
        #expect(try probe.mentions("haul trucks and mining equipment") == ["PRODUCT:trucks", "PRODUCT:mining equipment"])
    }

    @Test("Generic heads stay generic with a modifier that does not narrow them")
    func staysGeneric() throws {
        #expect(try probe.mentions("agricultural products and meat products") == ["PRODUCT:meat products"])
    }

    @Test("A head that starts a hyphenated modifier is no product; capitals-only heads need capitals")
    func compoundsAndCapitals() throws {
        #expect(try probe.mentions("gas-fueled buses") == ["PRODUCT:gas-fueled buses"])
        #expect(try probe.mentions("a delegation led by him, and LEDs") == ["PRODUCT:LEDs"])
    }

    @Test("An all-caps place before a kind is a brand of the product")
    func brandedProducts() throws {
        #expect(try probe.mentionsWithRules("PALESSE combine harvesters and BELARUS tractors") == [
            "PRODUCT:PALESSE combine harvesters@branded-product", "PRODUCT:BELARUS tractors@branded-product",
        ])
        #expect(try probe.mentions("Belarus tractors") == ["REGION:Belarus", "PRODUCT:tractors"])
    }

    @Test("A capitalised name after a kind names the product; the kind is not labelled")
    func namedAfterKind() throws {
        #expect(try probe.mentionsWithRules("a new passenger aircraft Baikal, the first batch") == [
            "PRODUCT:Baikal@product-name-after-kind",
        ])
        #expect(try probe.mentions("We will build Osvei.") == ["PRODUCT:Osvei"])
        #expect(try probe.mentions("the new aircraft Osvei") == ["PRODUCT:Osvei"])
    }
}
