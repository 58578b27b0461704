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
    /// How errors name the input ("<stdin>" for "-").
    public let name: String

    public init(path: String, name: String? = nil) throws {
        let name = name ?? path
        guard let stream = gz_stream_open(path) else {
            let reason = String(cString: strerror(errno))
            throw RecordError(source: name, line: 0, reason: "cannot open: \(reason)")
        }
        self.stream = stream
        self.path = path
        self.name = name
    }

    deinit { gz_stream_close(stream) }

    public func read(into buffer: inout [UInt8], count: Int) throws -> Int {
        let wanted = min(count, chunk.count)
        let read = chunk.withUnsafeMutableBufferPointer { gz_stream_read(stream, $0.baseAddress, Int64(wanted)) }
        guard read >= 0 else {
            throw RecordError(source: name, line: 0, reason: "read error: \(lastError)")
        }
        // zlib ends a gzip input cut short (a download stopped midway) as if it were
        // complete, only leaving an error code behind: without this check the records past
        // the cut vanished with no error, and exit status 0 when the cut fell between lines.
        if read == 0, !lastError.isEmpty {
            throw RecordError(source: name, line: 0, reason: "the gzip data ends early (\(lastError)): records after the cut are lost")
        }
        buffer.append(contentsOf: chunk[0..<Int(read)])
        return Int(read)
    }

    public var consumedBytes: Int64 { gz_stream_raw_offset(stream) }

    /// zlib's message for the last error, without the "<fd:3>: " it starts with; "" if none.
    private var lastError: String {
        let message = gz_stream_error(stream).map { String(cString: $0) } ?? ""
        if message.hasPrefix("<fd:"), let colon = message.range(of: ": ") { return String(message[colon.upperBound...]) }
        return message
    }
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
