import GazetteText

extension CommonWords {
    /// `demonyms`, asked with the tokens' key hashes.
    static let demonymKeys = HashedKeySet(demonyms)

    /// `key.hasSuffix("ian") || key.hasSuffix("ese")`: an adjective of origin by its ending.
    /// ASCII keys are tested by their last bytes (in ASCII every character is one byte and
    /// one grapheme, so that is the same test); others by characters.
    static func endsLikeDemonym(_ key: String) -> Bool {
        let ascii = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.count >= 3 else { return false }
            let (a, b, c) = (bytes[bytes.count - 3], bytes[bytes.count - 2], bytes[bytes.count - 1])
            return (a, b, c) == (UInt8(ascii: "i"), UInt8(ascii: "a"), UInt8(ascii: "n"))
                || (a, b, c) == (UInt8(ascii: "e"), UInt8(ascii: "s"), UInt8(ascii: "e"))
        }
        if let ascii = ascii ?? nil { return ascii }
        return key.hasSuffix("ian") || key.hasSuffix("ese")
    }
}
