@testable import GazetteLexicon
import GazetteText
import Testing

@Suite("Flat hash maps behind the vocabulary and phrase tables")
struct FlatMapTests {
    @Test("KeyMap keeps every key through growth and agrees with Dictionary")
    func keyMapAgreesWithDictionary() {
        var map = KeyMap()
        var reference: [String: Int32] = [:]
        for index in 0..<20_000 {
            // Short (inline) and long (heap) strings, and overwrites.
            let key = index % 3 == 0 ? "k\(index % 5_000)" : "a-much-longer-key-that-lives-on-the-heap-\(index)"
            map.set(key, Int32(index))
            reference[key] = Int32(index)
        }
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map.value(for: key) == value) }
        #expect(map.value(for: "absent") == nil)
        #expect(map.value(for: "") == nil)
        map.set("", 7)
        #expect(map.value(for: "") == 7)
    }

    @Test("EdgeMap keeps every key through growth, including key 0 and large keys")
    func edgeMapAgreesWithDictionary() {
        var map = EdgeMap()
        var reference: [UInt64: Int32] = [:]
        for index in 0..<50_000 {
            let key = UInt64(index % 17) << 32 | UInt64(index)
            map.set(key, Int32(index))
            reference[key] = Int32(index)
        }
        map.set(0, 3)
        reference[0] = 3
        map.set(UInt64(Int32.max) << 32 | 0xFFFF_FFFF, 9)
        reference[UInt64(Int32.max) << 32 | 0xFFFF_FFFF] = 9
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map.value(for: key) == value) }
        #expect(map.value(for: 1 << 40) == nil)
    }
}

@Suite("Key hashes")
struct KeyHashTests {
    @Test("KeyHash is ContentHash over the key's bytes, so compiled caches stay valid", arguments: [
        "", "a", "minsk", "eight888", "nine99999", "a key longer than sixteen bytes", "минск", "’",
    ])
    func sameAsContentHash(_ key: String) {
        var content = ContentHash()
        content.add(key)
        #expect(KeyHash.hash(key) == content.value)
        #expect(KeyMap.hash(key) == content.value)
    }

    @Test("A lookup with the segmenter's hash finds what the plain lookup finds")
    func hashedLookup() {
        var map = KeyMap()
        for (index, key) in ["minsk", "tula", "a much longer key than fifteen bytes"].enumerated() { map.set(key, Int32(index)) }
        for key in ["minsk", "tula", "a much longer key than fifteen bytes", "gomel"] {
            #expect(map.value(for: key, hash: KeyHash.hash(key)) == map.value(for: key))
        }
    }
}
