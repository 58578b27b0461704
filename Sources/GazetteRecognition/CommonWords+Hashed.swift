import GazetteText

extension CommonWords {
    /// `capitalizedNonNames` for lookups by the segmenter's key hashes (one per capitalised
    /// token of every document).
    static let capitalizedNonNameKeys = FoldedKeySet(capitalizedNonNames)
}
