import GazetteText

/// Why a mention exists: the rule that proposed it and, for lexicon hits, the entry.
public struct Provenance: Hashable, Sendable {
    /// The rule's name ("lexicon", "region-type-word", "surname-link", …).
    public var rule: String
    /// The lexicon entry id behind it, if any ("region.ru.samara_oblast", "title.governor").
    public var entry: String?

    public init(rule: String, entry: String? = nil) {
        self.rule = rule
        self.entry = entry
    }
}

/// A recognised entity mention: a light view of a token range with a type.
public struct Mention: Sendable {
    public var type: EntityType
    /// Token indices into `SegmentedText.tokens`.
    public var tokenRange: Range<Int>
    /// Code-point span, end exclusive.
    public var span: TextSpan
    public var provenance: Provenance
    /// The entity's canonical name in this document (ANNOTATION.md §3), set by
    /// `CanonicalNames` after recognition.
    public var canonical: String?
    /// Index of the entity (mentions of one entity share it), set with `canonical`.
    public var entityIndex: Int?
    /// Index into `Lexicons.entries` of the entry `provenance.entry` names, when the
    /// recognizer set it: reaches the entry without looking its id up.
    public var lexiconEntryIndex: Int?

    public init(type: EntityType, tokenRange: Range<Int>, span: TextSpan, provenance: Provenance) {
        self.type = type
        self.tokenRange = tokenRange
        self.span = span
        self.provenance = provenance
    }

    /// A finished mention, every field given.
    init(
        type: EntityType, tokenRange: Range<Int>, span: TextSpan, provenance: Provenance, canonical: String?, entityIndex: Int?,
        lexiconEntryIndex: Int?
    ) {
        self.type = type
        self.tokenRange = tokenRange
        self.span = span
        self.provenance = provenance
        self.canonical = canonical
        self.entityIndex = entityIndex
        self.lexiconEntryIndex = lexiconEntryIndex
    }
}
