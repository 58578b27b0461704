/// Little-endian binary encoding for the compiled-lexicon cache: fixed-width integers,
/// arrays of plain values copied in bulk, and length-prefixed UTF-8 strings.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    /// An array of trivial values (integers, `PhraseMatch`), as its raw memory: the cache
    /// is read back by the same build on the same machine (the header checks both).
    mutating func plain<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and throws on truncated
/// or inconsistent data, so a damaged cache file is recompiled, never trusted.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 8)])) }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    /// A count or length, checked against what is left to read.
    mutating func count(elementSize: Int) throws -> Int {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / max(1, elementSize) else { throw Damaged() }
        return count
    }

    mutating func string() throws -> String {
        let length = try count(elementSize: 1)
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let count = try count(elementSize: 8)
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func plain<T: BitwiseCopyable>(_ type: T.Type) throws -> [T] {
        let count = try count(elementSize: MemoryLayout<T>.stride)
        let length = count * MemoryLayout<T>.stride
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]))
            initialized = count
        }
        offset += length
        return values
    }
}
