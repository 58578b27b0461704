@testable import GazetteText
import Testing

@Suite("UTF-16 to String transcoding")
struct UTF16TranscodingTests {
    @Test("Agrees with the standard library's decoder, lone surrogates included", arguments: [
        [UInt16](), Array("Minsk".utf16), Array("Łukašenka’s".utf16), Array("🇧🇾 BelAZ 𝓜insk".utf16),
        [0x41, 0xD800, 0x42], [0xDC00], [0xD83D], [0xD83D, 0xDE00, 0xDE00], [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF],
    ])
    func agreesWithStandardLibrary(_ units: [UInt16]) {
        #expect(String(utf16Units: units[...]) == String(decoding: units, as: UTF16.self))
    }

    @Test("Random unit sequences, slices not starting at zero")
    func randomSequences() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pool: [UInt16] = [0x20, 0x61, 0x7A, 0xE9, 0x416, 0x4E2D, 0xD83D, 0xDE00, 0xDBFF, 0xDFFF, 0xFFFD, 0x00]
        for _ in 0..<2_000 {
            let units = (0..<Int(next() % 12)).map { _ in pool[Int(next() % UInt64(pool.count))] }
            let slice = ([0x41] + units)[1...]
            #expect(String(utf16Units: slice) == String(decoding: units, as: UTF16.self), "\(units)")
        }
    }
}
