import GazetteText

/// The lexicons number token keys for the segmenter (`segmentationOptions` passes them), so
/// `wordIDs(of:)` finds each token's id computed once per distinct token text.
extension Lexicons: TokenKeyVocabulary {
    public func wordID(forKey key: String, hash: UInt64) -> Int32 { vocabulary.id(forKey: key, hash: hash) }
}
