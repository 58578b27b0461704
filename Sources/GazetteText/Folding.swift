/// Folds a token to the key under which lexicons are matched.
///
/// One function serves both sides, the lexicon aliases at load time and the text tokens
/// while segmenting, so a variant folds the same way wherever it is written. The folds:
/// - lowercase; curly and modifier apostrophes to `'`; dashes to `-`;
/// - Latin diacritics dropped ("Łukašenka" → "lukasenka");
/// - English transliterations of Russian and Belarusian names brought together:
///   `x` → `ks` (Alexander/Aleksandr), `yo` → `e` after a consonant (Degtyaryov/Degtyarev), initial `ye` → `e`
///   (Yevgeny/Evgeny), doubled letters single (Minnikhanov/Minikhanov), final `-iya` → `-ia`,
///   `-ander` → `-andr`, and final `-iy`, `-yi`, `-ii`, `-ij`, `-i` → `-y`, `-ei` → `-ey`
///   (Yuriy/Yuri/Yury, Sergei/Sergey).
///
/// The transliteration folds apply to names only: a token is folded with them when it is
/// capitalised, and a lexicon registers both forms of each alias word (see `Vocabulary`),
/// so that lowercase words keep their spelling ("goods" does not become "gods") while a
/// sentence-initial "Trolleybuses" still finds "trolleybuses".
public struct Folding {
    /// The folded bytes of the last token are `storage[0..<length]`; the storage only grows,
    /// so folding a token allocates nothing.
    var storage: [UInt8]
    var length = 0
    /// Where `transliterate` writes before the two buffers are swapped.
    private var scratch: [UInt8]

    /// Allocates nothing: the buffers grow on first use.
    public init() {
        storage = []
        scratch = []
    }

    /// The key of a whole string (used for lexicon aliases and cue words).
    public static func key(_ string: String, transliterating: Bool = false) -> String {
        var folding = Folding()
        let units = Array(string.utf16)
        return units.withUnsafeBufferPointer { folding.key($0, transliterating: transliterating) }
    }

    /// The key of the UTF-16 units of one token; `transliterating` adds the name folds.
    public mutating func key(_ units: UnsafeBufferPointer<UInt16>, transliterating: Bool) -> String {
        fold(units, transliterating: transliterating)
        return foldedString
    }

    /// The folded bytes as a string.
    var foldedString: String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<length]), as: UTF8.self) }
    }

    /// Folds `units` into `storage[0..<length]`, scalar by scalar (any text).
    mutating func fold(_ units: UnsafeBufferPointer<UInt16>, transliterating: Bool) {
        length = 0
        var asciiOnly = true
        var hasLowercase = false
        forEachScalar(in: units) { scalar in
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte >= 0x61 && byte <= 0x7A { hasLowercase = true }
                append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if Folding.isIgnorable(value) {
                // Soft hyphens, bidi and zero-width marks, and combining accents (a
                // decomposed "Mi\u{301}nsk") leave the key as the plain word's.
            } else if let folded = Folding.foldedNonASCII(value) {
                append(folded)
            } else {
                asciiOnly = false
                for character in scalar.properties.lowercaseMapping.utf8 { append(character) }
            }
        }
        // Acronyms ("OOO", "EEU", "MMK") are not names to transliterate.
        if transliterating, asciiOnly, hasLowercase, length > 1 { transliterate() }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if length == storage.count { storage.append(contentsOf: repeatElement(0, count: max(16, storage.count))) }
        storage[length] = byte
        length += 1
    }

    private static let apostrophe = UInt8(ascii: "'")
    private static let hyphen = UInt8(ascii: "-")

    /// Invisible format characters and combining diacritical marks, dropped from keys.
    private static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF: return true
        default: return false
        }
    }

    /// Maps a non-ASCII scalar to one ASCII byte when it is an apostrophe, dash or a Latin
    /// letter with a diacritic; nil otherwise.
    private static func foldedNonASCII(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x2018, 0x2019, 0x02BC, 0x00B4, 0x2032: return apostrophe
        case 0x2010...0x2015, 0x2212: return hyphen
        case 0x00A0: return UInt8(ascii: " ")
        default: break
        }
        guard value >= 0xC0, value < 0x180 else { return nil }
        return latinBase[Int(value - 0xC0)].flatMap { $0 }
    }

    /// Base letters for U+00C0…U+017F (Latin-1 Supplement letters and Latin Extended-A).
    private static let latinBase: [UInt8?] = {
        // Generated from Unicode decompositions (NFKD, marks dropped); "?" marks non-letters.
        let table = "aaaaaaaceeeeiiiidnooooo?ouuuuytsaaaaaaaceeeeiiiidnooooo?ouuuuyty"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
        return table.unicodeScalars.map { $0 == "?" ? nil : UInt8($0.value) }
    }()

    /// The name folds (see the type's comment) of the ASCII bytes `storage[0..<length]`.
    mutating func transliterate() {
        // "x" becomes two bytes and a final "-iya"/"-ander" one more before shrinking.
        if scratch.count < 2 * length + 2 { scratch = [UInt8](repeating: 0, count: 2 * length + 2) }
        let count = length
        let written = storage.withUnsafeBufferPointer { source in
            scratch.withUnsafeMutableBufferPointer { target in
                Folding.transliterate(source, count: count, into: target)
            }
        }
        swap(&storage, &scratch)
        length = written
    }

    /// Writes the name folds of `source[0..<count]` into `target`; returns the length written.
    private static func transliterate(_ source: UnsafeBufferPointer<UInt8>, count: Int, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let x = UInt8(ascii: "x"), y = UInt8(ascii: "y"), o = UInt8(ascii: "o"), e = UInt8(ascii: "e")
        var written = 0
        @inline(__always) func appendUnlessDoubled(_ byte: UInt8) {
            let isLetter = byte >= 0x61 && byte <= 0x7A
            if isLetter, written > 0, target[written - 1] == byte { return }
            target[written] = byte
            written += 1
        }
        var index = 0
        while index < count {
            let byte = source[index]
            let next: UInt8 = index + 1 < count ? source[index + 1] : 0
            if byte == x {
                target[written] = UInt8(ascii: "k")
                written += 1
                appendUnlessDoubled(UInt8(ascii: "s"))
            } else if byte == y, next == o, index + 2 < count, index > 0, !isVowel(source[index - 1]) {
                appendUnlessDoubled(e)
                index += 1
            } else if byte == y, next == e, index == 0 {
                // Initial "ye" → "e" (Yevgeny/Evgeny, Yekaterinburg/Ekaterinburg).
            } else {
                appendUnlessDoubled(byte)
            }
            index += 1
        }
        return foldEnding(target, count: written)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    /// Folds the name endings of `bytes[0..<count]` in place; returns the new length.
    private static func foldEnding(_ bytes: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        func ends(_ a: UInt8, _ b: UInt8) -> Bool { count > 3 && bytes[count - 2] == a && bytes[count - 1] == b }
        let (a, d, e, i, j, n, r, y) = (UInt8(ascii: "a"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "i"),
                                        UInt8(ascii: "j"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "y"))
        if count > 4, bytes[count - 3] == i, bytes[count - 2] == y, bytes[count - 1] == a {
            bytes[count - 2] = a  // -iya → -ia
            return count - 1
        } else if count > 6, bytes[count - 5] == a, bytes[count - 4] == n, bytes[count - 3] == d,
                  bytes[count - 2] == e, bytes[count - 1] == r {
            bytes[count - 2] = r  // -ander → -andr
            return count - 1
        } else if ends(i, y) || ends(y, i) || ends(i, j) {
            bytes[count - 2] = y
            return count - 1
        } else if ends(e, i) {
            bytes[count - 1] = y  // -ei → -ey
        } else if count > 2, bytes[count - 1] == i, bytes[count - 2] >= 0x61, bytes[count - 2] <= 0x7A {
            bytes[count - 1] = y
        }
        return count
    }
}
