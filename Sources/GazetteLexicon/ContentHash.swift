import GazetteText

/// A fast 64-bit hash of bytes (eight at a time, multiply and fold), for cache keys and
/// checksums: it detects changed lexicon files and damaged cache files, and is no defence
/// against deliberate collisions (nothing here needs one).
/// The function is `KeyHash`'s, continued piece by piece.
struct ContentHash {
    private(set) var value: UInt64 = KeyHash.seed

    mutating func add(_ bytes: UnsafeRawBufferPointer) { value = KeyHash.hash(bytes, continuing: value) }

    mutating func add(_ string: String) {
        var copy = string
        copy.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { add($0) }
    }
}
