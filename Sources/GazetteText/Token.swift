/// What kind of segment a token is, from ICU's word-break rule status plus Gazette's own
/// splitting of possessive endings.
public enum TokenKind: UInt8, Sendable {
    case word
    case number
    case punctuation
    /// `'s`, `’s`, or a bare `’` after a plural: split off so that spans never include it.
    case possessive
}

/// Surface properties of a token that rules test often, computed once while segmenting.
public struct TokenShape: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first character is an uppercase letter ("Minsk", "MAZ").
    public static let capitalized = TokenShape(rawValue: 1 << 0)
    /// At least two letters and no lowercase letter ("MINSK", "OJSC").
    public static let allUppercase = TokenShape(rawValue: 1 << 1)
    /// Contains a decimal digit ("203", "Su30").
    public static let hasDigit = TokenShape(rawValue: 1 << 2)
    /// White space separates it from the previous token (or it starts the text).
    public static let spaceBefore = TokenShape(rawValue: 1 << 3)
    /// A line break lies between it and the previous token.
    public static let lineBreakBefore = TokenShape(rawValue: 1 << 4)
    /// Contains a letter.
    public static let hasLetter = TokenShape(rawValue: 1 << 5)
}

/// One token of a segmented text.
///
/// Offsets are Unicode scalar offsets into the original text (`span`), plus the UTF-16
/// offsets kept for slicing the text buffer without re-walking it. A plain value with no
/// references, so rules read tokens without reference counting; its folded key lives in
/// `SegmentedText.keys`. Offsets are stored as 32-bit integers (ICU's offsets are 32-bit
/// anyway): 20 bytes a token instead of 32, so token arrays take fewer cache lines.
public struct Token: Sendable {
    @usableFromInline var spanStart: Int32
    @usableFromInline var spanEnd: Int32
    /// UTF-16 offsets of the same token, for slicing `SegmentedText.utf16`.
    public var utf16Start: Int32
    public var utf16End: Int32
    public var kind: TokenKind
    public var shape: TokenShape

    /// The token's code-point span.
    @inlinable
    public var span: TextSpan {
        get { TextSpan(start: Int(spanStart), end: Int(spanEnd)) }
        set {
            spanStart = Int32(newValue.start)
            spanEnd = Int32(newValue.end)
        }
    }

    @inlinable
    public init(span: TextSpan, utf16Start: Int32, utf16End: Int32, kind: TokenKind, shape: TokenShape) {
        self.spanStart = Int32(span.start)
        self.spanEnd = Int32(span.end)
        self.utf16Start = utf16Start
        self.utf16End = utf16End
        self.kind = kind
        self.shape = shape
    }

    /// A token from 32-bit offsets, as the segmenter has them.
    @inlinable
    init(spanStart: Int32, spanEnd: Int32, utf16Start: Int32, utf16End: Int32, kind: TokenKind, shape: TokenShape) {
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.utf16Start = utf16Start
        self.utf16End = utf16End
        self.kind = kind
        self.shape = shape
    }

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
    public var isAllUppercase: Bool { shape.contains(.allUppercase) }
    public var hasSpaceBefore: Bool { shape.contains(.spaceBefore) }
}
