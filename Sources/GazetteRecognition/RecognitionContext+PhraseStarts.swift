import GazetteLexicon

extension RecognitionContext {
    /// Whether some phrase of `kind` starts with token `index`'s word (one bit test): the
    /// cheap first question before `longestMatch`.
    @inline(__always)
    func startsPhrase(_ kind: LexiconKind, at index: Int) -> Bool {
        phraseStarts[index] & kind.phraseBit != 0
    }

    /// Whether some phrase of any kind in `mask` (a union of `phraseBit`s) starts at `index`.
    @inline(__always)
    func startsPhrase(ofAny mask: UInt16, at index: Int) -> Bool {
        phraseStarts[index] & mask != 0
    }

    /// `longestMatch(kind, at: index, limit: index + 1) != nil`: a one-word phrase of `kind`
    /// is written at `index`.
    @inline(__always)
    func isSingleWord(_ kind: LexiconKind, at index: Int) -> Bool {
        longestMatch(kind, at: index, limit: index + 1) != nil
    }
}
