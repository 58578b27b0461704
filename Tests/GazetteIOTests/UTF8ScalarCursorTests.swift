import GazetteIO
import Testing

@Suite("UTF-8 scalar cursor")
struct UTF8ScalarCursorTests {
    /// The byte offset of every code-point offset, by the standard library.
    private func expectedOffsets(_ text: String) -> [Int] {
        var offsets: [Int] = []
        var byte = 0
        for scalar in text.unicodeScalars {
            offsets.append(byte)
            byte += String(scalar).utf8.count
        }
        offsets.append(byte)
        return offsets
    }

    private static let texts = [
        "", "a", "Minsk", "Russia’s Samara Oblast", "é", "😀", "aé😀€b", String(repeating: "ab€😀 ", count: 9),
        "“We have set ourselves a clear objective,” — the President said.", String(repeating: "Ωx", count: 20),
    ]

    @Test("Ascending offsets, one by one and skipping, land on each scalar's first byte wherever the words fall")
    func ascending() {
        for text in Self.texts {
            let expected = expectedOffsets(text)
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                for step in 1...5 {
                    var cursor = UTF8ScalarCursor(UnsafeBufferPointer(buffer))
                    for target in stride(from: 0, to: expected.count, by: step) {
                        #expect(cursor.byteOffset(ofScalar: target) == expected[target], "\(text) step \(step) target \(target)")
                        // Asking again stays put.
                        #expect(cursor.byteOffset(ofScalar: target) == expected[target])
                    }
                }
            }
        }
    }

    @Test("An offset behind the last one restarts; one past the end gives the byte count")
    func backwardsAndPastTheEnd() {
        for text in Self.texts {
            let expected = expectedOffsets(text)
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                var cursor = UTF8ScalarCursor(buffer)
                for target in (0..<expected.count).reversed() {
                    #expect(cursor.byteOffset(ofScalar: target) == expected[target], "\(text) target \(target)")
                }
                #expect(cursor.byteOffset(ofScalar: expected.count + 3) == bytes.count)
                #expect(cursor.byteOffset(ofScalar: 0) == 0)
            }
        }
    }
}
