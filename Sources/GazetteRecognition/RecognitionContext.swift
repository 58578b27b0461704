import GazetteLexicon
import GazetteText

/// What rules read: the segmented text, each token's vocabulary id, and the lexicons.
/// A class, so handing it to every rule and helper costs one retain, not one per field.
public final class RecognitionContext {
    public let text: SegmentedText
    /// The text's tokens and keys, held directly so rules index them without going
    /// through `text` each time.
    public let tokens: [Token]
    public let keys: [String]
    public let wordIDs: [Int32]
    public let lexicons: Lexicons
    /// Per-token facts rules ask for again and again, computed once per document.
    private let nameWords: [Bool]
    private let regionTypeWords: [Bool]
    /// Per token, the lexicon kinds with a phrase starting at its word, as
    /// `LexiconKind.phraseBit`s: rules skip most tokens with one bit test.
    public let phraseStarts: [UInt16]
    /// The tokens rules start from, as bitsets, and the per-token kinds whose first word
    /// the token's capitals satisfy.
    public let tokenSets: TokenSets

    public init(text: SegmentedText, lexicons: Lexicons) {
        self.text = text
        self.tokens = text.tokens
        self.keys = text.keys
        self.lexicons = lexicons
        let wordIDs = lexicons.wordIDs(of: text)
        self.wordIDs = wordIDs
        let tokenSets = TokenSets(text: text, wordIDs: wordIDs, lexicons: lexicons)
        self.tokenSets = tokenSets
        self.nameWords = tokenSets.nameWords
        self.regionTypeWords = tokenSets.regionTypeWords
        self.phraseStarts = tokenSets.phraseStarts
    }

    @inline(__always)
    public func key(_ index: Int) -> String { keys[index] }

    /// A capitalised word that can be part of a name: not a sentence-initial function word,
    /// month or pronoun ("The", "In", "January").
    @inline(__always)
    public func isNameWord(_ index: Int) -> Bool { nameWords[index] }

    /// Whether token `index` is a region type word ("Oblast", "region", "Krai").
    @inline(__always)
    public func isRegionTypeWord(_ index: Int) -> Bool { regionTypeWords[index] }

    /// Whether token `index` is an adjective of origin ("Russian", "Belarusian", "Soviet").
    public func isDemonym(_ index: Int) -> Bool {
        let key = keys[index]
        return CommonWords.demonymKeys.contains(key, hash: keyHash(index)) || CommonWords.endsLikeDemonym(key)
    }

    /// Whether the lexicon table `kind` has a phrase starting at `index` that ends before
    /// `limit`; returns the longest one's length and match.
    /// Inlinable: the relation stage asks it too, and the bit test alone turns most asks away.
    @inlinable @inline(__always)
    public func longestMatch(_ kind: LexiconKind, at index: Int, limit: Int) -> (length: Int, match: PhraseMatch)? {
        guard index >= 0, index < limit, tokenSets.matchStarts[index] & kind.phraseBit != 0 else { return nil }
        // The first match at each length whose capitals the text has (`satisfiesCapitalization`).
        return lexicons.longestMatch(kind, in: wordIDs, tokens: tokens, from: index, limit: limit)
    }

    /// Every masked word of the phrase is capitalised in the text.
    public func satisfiesCapitalization(_ match: PhraseMatch, at start: Int) -> Bool {
        var mask = match.capitalizationMask
        var position = 0
        while mask != 0 {
            if mask & 1 == 1, !text.tokens[start + position].isCapitalized { return false }
            mask >>= 1
            position += 1
        }
        mask = match.allCapsMask
        position = 0
        while mask != 0 {
            if mask & 1 == 1, !text.tokens[start + position].isAllUppercase { return false }
            mask >>= 1
            position += 1
        }
        return true
    }
}

/// Small closed word lists that are grammar, not domain knowledge (domain cues live in
/// `Lexicons/cues`).
enum CommonWords {
    static let capitalizedNonNameKeys = [
        "the", "a", "an", "in", "on", "at", "of", "and", "or", "for", "to", "by", "with", "from", "this", "that",
        "these", "those", "it", "he", "she", "we", "they", "you", "i", "his", "her", "our", "their", "its", "my",
        "your", "according", "but", "however", "also", "as", "after", "before", "during", "since", "while", "when",
        "if", "there", "here", "all", "both", "each", "every", "some", "many", "most", "more", "such", "other",
        "another", "over", "under", "about", "last", "next", "first", "today", "yesterday", "now", "then", "thanks",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "mrs", "ms", "dr", "meanwhile", "besides", "moreover", "speaking", "what", "why", "how", "where",
        "who", "which", "not", "no", "yes", "let", "so", "than", "one", "two", "three", "new", "photo", "video",
    ].flatMap { [Folding.key($0), Folding.key($0, transliterating: true)] }
    static let capitalizedNonNames = HashedKeySet(capitalizedNonNameKeys)
    /// Turns most capitalised words away before `capitalizedNonNames` is asked.
    static let capitalizedNonNameFilter = KeyHashFilter(capitalizedNonNameKeys)

    static let demonyms: Set<String> = Set([
        "russian", "belarusian", "byelorussian", "belorussian", "soviet", "post-soviet", "western", "eastern",
        "northern", "southern", "central", "european", "asian", "american", "chinese", "ukrainian", "kazakh",
        "uzbek", "turkish", "german", "french", "british", "english", "polish", "swiss", "japanese", "foreign",
        "domestic", "national", "regional", "federal", "local", "union", "international", "global", "joint",
    ].flatMap { [Folding.key($0), Folding.key($0, transliterating: true)] })
}
