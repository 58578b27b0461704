import CZlibBridge
import Foundation

/// Where record bytes come from: a file (plain or gzip, read in chunks), standard input,
/// or memory. Reading in chunks keeps memory flat however large the dump.
public protocol ByteSource: AnyObject {
    /// Appends up to `count` bytes to `buffer`; returns how many, 0 at the end.
    func read(into buffer: inout [UInt8], count: Int) throws -> Int
    /// Bytes of the underlying file consumed so far (compressed bytes for gzip), for progress.
    var consumedBytes: Int64 { get }
}

/// A file or standard input ("-"), decompressed on the fly when it is gzip. The only
/// Swift file that talks to zlib.
public final class FileByteSource: ByteSource {
    private let stream: OpaquePointer
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    public let path: String

    public init(path: String) throws {
        guard let stream = gz_stream_open(path) else {
            let reason = String(cString: strerror(errno))
            throw RecordError(source: path, line: 0, reason: "cannot open: \(reason)")
        }
        self.stream = stream
        self.path = path
    }

    deinit { gz_stream_close(stream) }

    public func read(into buffer: inout [UInt8], count: Int) throws -> Int {
        let wanted = min(count, chunk.count)
        let read = chunk.withUnsafeMutableBufferPointer { gz_stream_read(stream, $0.baseAddress, Int64(wanted)) }
        guard read >= 0 else {
            throw RecordError(source: path, line: 0, reason: "read error: \(String(cString: gz_stream_error(stream)))")
        }
        buffer.append(contentsOf: chunk[0..<Int(read)])
        return Int(read)
    }

    public var consumedBytes: Int64 { gz_stream_raw_offset(stream) }
}

/// Bytes already in memory (tests, small inputs).
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func read(into buffer: inout [UInt8], count: Int) throws -> Int {
        let end = min(bytes.count, offset + count)
        buffer.append(contentsOf: bytes[offset..<end])
        defer { offset = end }
        return end - offset
    }

    public var consumedBytes: Int64 { Int64(offset) }
}
