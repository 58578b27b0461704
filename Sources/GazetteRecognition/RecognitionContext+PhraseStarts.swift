import GazetteLexicon

extension RecognitionContext {
    /// Whether some phrase of `kind` starts with token `index`'s word and accepts its
    /// capitals (one bit test): the cheap first question before `longestMatch`.
    @inline(__always)
    func startsPhrase(_ kind: LexiconKind, at index: Int) -> Bool {
        tokenSets.matchStarts[index] & kind.phraseBit != 0
    }

    /// Whether some phrase of any kind in `mask` (a union of `phraseBit`s) starts at `index`.
    @inline(__always)
    func startsPhrase(ofAny mask: UInt16, at index: Int) -> Bool {
        tokenSets.matchStarts[index] & mask != 0
    }

    /// `longestMatch(kind, at: index, limit: index + 1) != nil`: a one-word phrase of `kind`
    /// is written at `index`.
    @inline(__always)
    func isSingleWord(_ kind: LexiconKind, at index: Int) -> Bool {
        longestMatch(kind, at: index, limit: index + 1) != nil
    }
}

extension RecognitionContext {
    /// The `KeyHash` of token `index`'s key (`SegmentedText.keyHashes`), for `HashedKeySet`.
    @inline(__always)
    func keyHash(_ index: Int) -> UInt64 { text.keyHashes[index] }
}
