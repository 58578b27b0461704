import GazetteText

/// A 4096-bit filter over the `KeyHash`es of a fixed key set: a clear bit proves a key is
/// not in the set, so a per-token loop asks the set itself (a cross-module call that
/// retains the key) only for the few tokens whose bit is set.
///
/// Exact only for sets whose members all hash as they compare (`HashSafeKey`); for other
/// sets every bit is set, so the filter lets every key through to the set.
struct KeyHashFilter: Sendable {
    private let words: [UInt64]

    init(_ keys: some Sequence<String>) {
        var words = [UInt64](repeating: 0, count: 64)
        var byHash = true
        for key in keys {
            byHash = byHash && HashSafeKey.check(key)
            let hash = KeyHash.hash(key)
            words[Self.word(hash)] |= Self.bit(hash)
        }
        self.words = byHash ? words : [UInt64](repeating: .max, count: 64)
    }

    @inline(__always)
    private static func word(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 58) }

    @inline(__always)
    private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash >> 52 & 63) }

    /// False only when no key of the set has hash `hash`.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool { words[Self.word(hash)] & Self.bit(hash) != 0 }
}
