/// Numbers folded keys (a lexicon's vocabulary). A segmenter given one in its options asks
/// it once per distinct token text and hands every token's id out with the text
/// (`SegmentedText.wordIDs(from:)`), so later stages need no hash lookup per token.
///
/// The ids must depend on the key alone and never change: the segmenter keeps them for as
/// long as it lives.
public protocol TokenKeyVocabulary: AnyObject, Sendable {
    /// The id of folded key `key`, whose `KeyHash` is `hash`; a negative value for an
    /// unknown key.
    func wordID(forKey key: String, hash: UInt64) -> Int32
}
