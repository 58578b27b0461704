/// Turns ICU word segments (UTF-16 offsets) into `Token`s with code-point offsets, their
/// folded keys, the keys' hashes and (with a vocabulary) word ids. What depends on a
/// token's text alone comes from the segmenter's `TokenKeyCache` when the text was seen before.
///
/// Segments arrive in order, so code-point offsets are computed in one forward walk: the
/// builder counts scalars (UTF-16 units that are not low surrogates) from where it left off,
/// or, when the text has no surrogates at all, takes the UTF-16 offsets as they are.
///
/// It reads the text through a buffer pointer, which must stay valid while it is used.
struct TokenBuilder {
    private let units: UnsafeBufferPointer<UInt16>
    private let contentStart: Int
    /// No surrogate in the text: every code-point offset equals its UTF-16 offset.
    private let scalarsAreUnits: Bool
    /// Tokens, keys (see `Folding`), key hashes (`KeyHash`) and word ids, in token order.
    private(set) var columns: TokenColumns
    private let cache: TokenKeyCache
    private let vocabulary: (any TokenKeyVocabulary)?
    private var folding: Folding
    /// Receives the words that are runs of ASCII letters, when the text is condensed for
    /// sentence segmentation.
    private(set) var condensing: SentenceTextCondenser.Writer?
    private var cursorUTF16 = 0
    private var cursorScalar = 0
    /// `.spaceBefore` and `.lineBreakBefore` as seen since the last token (the text's start
    /// counts as a space).
    private var pendingSpacing: TokenShape = .spaceBefore

    /// Writes the tokens into `columns`; takes over `folding`'s buffers (leaving it empty)
    /// until `returnFolding`.
    init(units: UnsafeBufferPointer<UInt16>, contentStart: Int, hasSurrogates: Bool, columns: TokenColumns,
         cache: TokenKeyCache, vocabulary: (any TokenKeyVocabulary)?, condensing: SentenceTextCondenser.Writer?, folding: inout Folding)
    {
        self.condensing = condensing
        self.units = units
        self.contentStart = contentStart
        self.scalarsAreUnits = !hasSurrogates
        self.cache = cache
        self.vocabulary = vocabulary
        self.columns = columns
        self.folding = Folding()
        swap(&self.folding, &folding)
    }

    var scalarCount: Int { mutating get { scalar(at: units.count) } }

    /// Hands the folding buffers back (see `init`).
    mutating func returnFolding(to folding: inout Folding) { swap(&self.folding, &folding) }

    /// The code-point offset of UTF-16 offset `utf16`, which must not lie behind the cursor.
    @inline(__always)
    private mutating func scalar(at utf16: Int) -> Int {
        if scalarsAreUnits { return utf16 }
        while cursorUTF16 < utf16 {
            if !UTF16.isTrailSurrogate(units[cursorUTF16]) { cursorScalar += 1 }
            cursorUTF16 += 1
        }
        return cursorScalar
    }

    /// Adds ICU's word segments but the single spaces, which `segments` leave out: a gap
    /// between two segments (or before the first) is one.
    mutating func add(segments: UnsafeBufferPointer<ICUBreaker.WordSegment>, noneLimit: Int32, numberLimit: Int32) {
        var previousEnd = 0
        for segment in segments {
            let start = Int(segment.start), end = Int(segment.end)
            if start != previousEnd { pendingSpacing.insert(.spaceBefore) }
            previousEnd = end
            add(start: start, end: end, status: segment.status, noneLimit: noneLimit, numberLimit: numberLimit)
        }
    }

    /// Adds one ICU word segment of rule status `status` (see `ICUBreaker.wordStatusLimits`).
    /// The common cases (a word, number or punctuation mark becoming one token) append
    /// inline; white space and possessive endings go out of line.
    @inline(__always)
    mutating func add(start: Int, end: Int, status: Int32, noneLimit: Int32, numberLimit: Int32) {
        if start < contentStart {
            pendingSpacing.insert(.spaceBefore)
            return
        }
        // The status ranges tested in place (not mapped to an `ICUBreaker.WordClass` first,
        // which the compiler materialises and tests again).
        let kind: TokenKind
        if status >= numberLimit {  // letters
            // ICU keeps "Russia’s" together; the possessive ending is split off so that spans
            // can stop before it and rules can see it.
            if end - start >= 3, units[end - 1] | 0x20 == 0x73, isApostrophe(units[end - 2]) {
                appendSplittingPossessive(start: start, end: end)
                return
            }
            kind = .word
        } else if status >= noneLimit {
            kind = .number
        } else {  // spaces and punctuation
            if isWhiteSpace(start: start, end: end) {
                addWhiteSpace(start: start, end: end)
                return
            }
            kind = end - start == 1 && isApostrophe(units[start]) ? apostropheKind(at: start) : .punctuation
        }
        append(start: start, end: end, kind: kind)
    }

    /// A word with a possessive ending: the word, then the ending.
    @inline(never)
    private mutating func appendSplittingPossessive(start: Int, end: Int) {
        append(start: start, end: end - 2, kind: .word)
        append(start: end - 2, end: end, kind: .possessive)
    }

    /// White space: a space before the next token, and a line break if it holds one.
    @inline(never)
    private mutating func addWhiteSpace(start: Int, end: Int) {
        pendingSpacing.insert(.spaceBefore)
        for index in start..<end where units[index] == 0x0A || units[index] == 0x0D || units[index] == 0x2029 {
            pendingSpacing.insert(.lineBreakBefore)
        }
    }

    /// A lone apostrophe at `start`: possessive right after a word ending in "s" ("Belarus’
    /// BelAZ"), punctuation otherwise.
    @inline(never)
    private func apostropheKind(at start: Int) -> TokenKind {
        if !pendingSpacing.contains(.spaceBefore), let previous = columns.last, previous.kind == .word,
           units[start - 1] == 0x73 || units[start - 1] == 0x53
        {
            return .possessive
        }
        return .punctuation
    }

    /// Appends the token `units[start..<end]`, its key, key hash and word id from the cache
    /// when the text was seen before.
    @inline(__always)
    private mutating func append(start: Int, end: Int, kind: TokenKind) {
        guard let base = units.baseAddress else { return }
        let text = base + start
        let length = end &- start
        let cached: UnsafePointer<TokenKeyCache.Entry>?
        let unitsHash: UInt64
        if length <= TokenKeyCache.inlineUnitCount {
            // Most tokens: the text as two words, hashed and compared without a loop.
            let inline = start &+ TokenKeyCache.inlineUnitCount <= units.count
                ? TokenKeyCache.inlineUnits(loadingPast: text, length: length) : TokenKeyCache.inlineUnits(text, length: length)
            unitsHash = TokenKeyCache.hash(inline: inline, length: length)
            cached = cache.entry(inline: inline, length: length, hash: unitsHash)
        } else {
            unitsHash = TokenKeyCache.hash(text, length: length)
            cached = cache.entry(text, length: length, hash: unitsHash)
        }
        let token = Token(
            spanStart: Int32(truncatingIfNeeded: scalar(at: start)), spanEnd: Int32(truncatingIfNeeded: scalar(at: end)),
            utf16Start: Int32(truncatingIfNeeded: start), utf16End: Int32(truncatingIfNeeded: end), kind: kind, shape: pendingSpacing)
        pendingSpacing = []
        let isASCIILetters: Bool
        if let cached {
            var token = token
            token.shape.formUnion(cached.pointee.shape)
            columns.append(token, key: cached.pointee.key, keyHash: cached.pointee.keyHash, wordID: cached.pointee.wordID)
            isASCIILetters = cached.pointee.isASCIILetters
        } else {
            isASCIILetters = appendNew(token, text: text, length: length, unitsHash: unitsHash)
        }
        if isASCIILetters { condensing?.offerLetterRun(start: start, end: end) }
    }

    /// Folds a text not in the cache, caches it and appends `token` (whose shape holds the
    /// spacing bits) with it; returns whether the text is all ASCII letters.
    @inline(never)
    private mutating func appendNew(_ token: Token, text: UnsafePointer<UInt16>, length: Int, unitsHash: UInt64) -> Bool {
        let slice = UnsafeBufferPointer(start: text, count: length)
        let (key, keyHash, textShape) = fold(slice)
        let wordID = vocabulary?.wordID(forKey: key, hash: keyHash) ?? -1
        let isASCIILetters = Self.isASCIILetters(slice)
        cache.insert(
            text, length: length, hash: unitsHash, key: key, keyHash: keyHash, shape: textShape, wordID: wordID,
            isASCIILetters: isASCIILetters)
        var token = token
        token.shape.formUnion(textShape)
        columns.append(token, key: key, keyHash: keyHash, wordID: wordID)
        return isASCIILetters
    }

    private static func isASCIILetters(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        text.allSatisfy { ($0 | 0x20) &- 0x61 < 26 }
    }

    /// The folded key of a token text, its `KeyHash`, and the text's shape.
    private mutating func fold(_ slice: UnsafeBufferPointer<UInt16>) -> (key: String, keyHash: UInt64, shape: TokenShape) {
        let shape: TokenShape
        if let asciiShape = folding.foldASCIIToken(slice) {
            shape = asciiShape
        } else {
            shape = Self.shape(of: slice)
            folding.fold(slice, transliterating: shape.contains(.capitalized))
        }
        let length = folding.length
        return folding.storage.withUnsafeBufferPointer { storage in
            let folded = UnsafeBufferPointer(rebasing: storage[..<length])
            return (String(decoding: folded, as: UTF8.self), KeyHash.hash(UnsafeRawBufferPointer(folded)), shape)
        }
    }

    /// The shape of any token, scalar by scalar (`Folding.foldASCIIToken` computes the same
    /// for ASCII tokens on the way).
    static func shape(of units: UnsafeBufferPointer<UInt16>) -> TokenShape {
        var shape = TokenShape()
        var letters = 0, lowercase = 0, isFirst = true
        forEachScalar(in: units) { scalar in
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    letters += 1
                    if isFirst { shape.insert(.capitalized) }
                } else if value >= 0x61 && value <= 0x7A {
                    letters += 1
                    lowercase += 1
                } else if value >= 0x30 && value <= 0x39 {
                    shape.insert(.hasDigit)
                }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isLowercase { lowercase += 1 }
                else if isFirst, scalar.properties.isUppercase { shape.insert(.capitalized) }
            } else if scalar.properties.numericType != nil {
                shape.insert(.hasDigit)
            }
            isFirst = false
        }
        if letters > 0 { shape.insert(.hasLetter) }
        if letters >= 2, lowercase == 0 { shape.insert(.allUppercase) }
        return shape
    }

    private func isWhiteSpace(start: Int, end: Int) -> Bool {
        for index in start..<end {
            switch units[index] {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
                continue
            default:
                return false
            }
        }
        return true
    }

    private func isApostrophe(_ unit: UInt16) -> Bool {
        unit == 0x27 || unit == 0x2019 || unit == 0x02BC
    }
}
