import GazetteLexicon
@testable import GazetteRecognition
import GazetteTestSupport
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

    @Test("A token key set answers as the plain set, token by token")
    func tokenKeySet() throws {
        let lexicons = try TestSupport.shippedLexicons.get()
        let words = ["engineering", "by", "the", "plant", "caf\u{E9}"]
        let set = TokenKeySet(words)
        let text = try Segmenter().segment("The plant by the river: machine engineering, café and CAFE\u{301} plants.")
        let context = RecognitionContext(text: text, lexicons: lexicons)
        let plain = Set(words)
        for index in text.tokens.indices {
            #expect(set.contains(token: index, in: context) == plain.contains(text.keys[index]), "\(text.keys[index])")
        }
        #expect(set.contains("plant") && !set.contains("plants"))
    }
}
