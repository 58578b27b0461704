@testable import GazetteRecognition
import GazetteText
import Testing

@Suite("Key hash filter")
struct KeyHashFilterTests {
    @Test("Lets every member through and turns most other keys away")
    func members() {
        let members = CommonWords.capitalizedNonNameKeys
        let filter = KeyHashFilter(members)
        for key in members { #expect(filter.mayContain(hash: KeyHash.hash(key)), "\(key)") }
        let others = (0..<2000).map { "word\($0)" }
        let passed = others.filter { filter.mayContain(hash: KeyHash.hash($0)) }.count
        // About 250 of 4096 bits are set; far fewer than half the others may pass.
        #expect(passed < others.count / 4)
        // Whatever passes is decided by the set itself: the filter never turns a member away.
        let set = HashedKeySet(members)
        for key in others + members where set.contains(key) { #expect(filter.mayContain(hash: KeyHash.hash(key))) }
    }

    @Test("A set with keys that do not hash as they compare lets everything through")
    func unsafeKeys() {
        // "e\u{301}" and "é" are equal strings with different bytes.
        let filter = KeyHashFilter(["caf\u{E9}", "tea"])
        #expect(filter.mayContain(hash: KeyHash.hash("cafe\u{301}")))
        #expect(filter.mayContain(hash: KeyHash.hash("anything")))
        #expect(KeyHashFilter([String]()).mayContain(hash: KeyHash.hash("x")) == false)
    }
}
