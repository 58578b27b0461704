import GazetteText

/// Interns folded word keys as small integers, so phrase tables walk integer sequences and
/// each text token is hashed once per document.
///
/// A word is registered under its plain key and its transliteration-folded key (see
/// `Folding`), both mapping to one id; words declared synonyms (the region type words
/// "Oblast", "Region", "Province") share an id too.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1
    private(set) var ids = KeyMap()
    public private(set) var count: Int32 = 0

    public init() {}

    /// A vocabulary from its key map and id count (the compiled-lexicon cache restores them).
    init(ids: KeyMap, count: Int32) {
        self.ids = ids
        self.count = count
    }

    /// The id of a folded key, or `Vocabulary.unknown`.
    @inline(__always)
    public func id(forKey key: String) -> Int32 { ids.value(for: key) ?? Vocabulary.unknown }

    /// The id of a folded key whose `KeyHash` the caller already has (the segmenter's
    /// `SegmentedText.keyHashes`), or `Vocabulary.unknown`.
    @inline(__always)
    public func id(forKey key: String, hash: UInt64) -> Int32 { ids.value(for: key, hash: hash) ?? Vocabulary.unknown }

    /// The id of a word as written (used for cue words in rules).
    public func id(forWord word: String) -> Int32 {
        let plain = id(forKey: Folding.key(word))
        return plain != Vocabulary.unknown ? plain : id(forKey: Folding.key(word, transliterating: true))
    }

    /// Registers a word given as its two folded keys (see `AliasTokenizer.Word`).
    @discardableResult
    mutating func register(plainKey: String, nameKey: String) -> Int32 {
        if let id = ids.value(for: plainKey) {
            if plainKey != nameKey, ids.value(for: nameKey) == nil { ids.set(nameKey, id) }
            return id
        }
        let id = ids.value(for: nameKey) ?? newID()
        ids.set(plainKey, id)
        if ids.value(for: nameKey) == nil { ids.set(nameKey, id) }
        return id
    }

    mutating func reserveCapacity(_ count: Int) { ids.reserveCapacity(count) }

    /// Registers every word of `words` under one shared id.
    mutating func registerSynonyms(_ words: [String]) {
        let known = ids
        let id = words.compactMap { known.value(for: Folding.key($0)) }.first ?? newID()
        for word in words {
            ids.set(Folding.key(word), id)
            ids.set(Folding.key(word, transliterating: true), id)
        }
    }

    private mutating func newID() -> Int32 {
        defer { count += 1 }
        return count
    }
}
