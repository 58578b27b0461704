import GazetteIO

/// Hands out at most `size` bytes per read, as a pipe may: `ByteSource` promises only "up
/// to `count` bytes", so a record's fate must not depend on where reads end.
public final class ShortReadByteSource: ByteSource {
    private let bytes: [UInt8]
    private let size: Int
    private var offset = 0

    public init(_ bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = max(1, size)
    }

    public func read(into buffer: inout [UInt8], count: Int) throws -> Int {
        let end = min(bytes.count, offset + min(count, size))
        buffer.append(contentsOf: bytes[offset..<end])
        defer { offset = end }
        return end - offset
    }

    public var consumedBytes: Int64 { Int64(offset) }
}
