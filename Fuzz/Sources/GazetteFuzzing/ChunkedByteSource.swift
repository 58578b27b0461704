import GazetteIO

/// A byte source that hands out fewer bytes than asked, in sizes that vary from read to
/// read (1 to `largest`), as a pipe or socket may. `ByteSource` promises only "up to
/// `count` bytes", so the reader's results must not depend on where reads end.
final class ChunkedByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    private var state: UInt64
    private let largest: Int

    /// - Parameter seed: picks the sequence of read sizes, so a failing input replays.
    init(_ bytes: [UInt8], largest: Int, seed: UInt64) {
        self.bytes = bytes
        self.largest = max(1, largest)
        self.state = seed | 1
    }

    func read(into buffer: inout [UInt8], count: Int) throws -> Int {
        // xorshift64: cheap, deterministic read sizes.
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        let size = min(count, 1 + Int(state % UInt64(largest)), bytes.count - offset)
        guard size > 0 else { return 0 }
        buffer.append(contentsOf: bytes[offset..<offset + size])
        offset += size
        return size
    }

    var consumedBytes: Int64 { Int64(offset) }
}
