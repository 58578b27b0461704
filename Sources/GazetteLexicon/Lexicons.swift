import GazetteText

/// All lexicon data, compiled: entries, one shared vocabulary, and one phrase table per
/// kind. Immutable after construction, so one instance serves every thread.
public final class Lexicons: Sendable {
    public let entries: [LexiconEntry]
    /// Entry index by id (relation rules look entries up by the id a mention carries).
    let entryIndexByID: KeyMap
    public let vocabulary: Vocabulary
    /// One table per kind, indexed by `LexiconKind.ordinal`.
    @usableFromInline let tables: [PhraseTable]
    /// For each word id, a bit per kind (`1 << ordinal`) whose table has a phrase starting
    /// with that word: rules test it before touching a hash table, and most tokens start
    /// no phrase at all.
    let firstWordKinds: [UInt16]
    /// `firstWordKinds` by the shape of the first token: 16 bits per shape class (see
    /// `Lexicons+ShapeAwareStarts.swift`).
    let firstWordKindsByShape: [UInt64]
    /// What rules read from each entry's attributes, by entry index.
    public let entryTraits: [EntryTraits]
    /// Folded keys of abbreviations (without their period) for sentence splitting.
    public let abbreviationKeys: Set<String>
    /// Vocabulary ids of the single-word region type words ("Oblast", "Krai", "Republic").
    public let regionTypeWordIDs: Set<Int32>
    /// The same, as a flag per vocabulary id, for the per-token test.
    let isRegionTypeWordID: [Bool]
    /// Folded keys of type words marked `weak=true` ("Region", "Territory", "District"):
    /// they often follow a place without naming a region, so they need a known place name.
    public let weakRegionTypeKeys: Set<String>

    /// Compiles `entries`. Throws every duplicate id or unusable alias found.
    public init(entries: [LexiconEntry]) throws {
        var errors: [LexiconError] = []
        var entryIndexByID = KeyMap(capacity: entries.count)
        for (index, entry) in entries.enumerated() {
            if let first = entryIndexByID.value(for: entry.id) {
                errors.append(LexiconError(location: entry.source, reason: "duplicate id '\(entry.id)' (first at \(entries[Int(first)].source))"))
            } else {
                entryIndexByID.set(entry.id, Int32(index))
            }
        }
        var vocabulary = Vocabulary()
        // Region type words of one class are synonyms: "Samara Oblast" = "Samara Region".
        var classes: [String: [String]] = [:]
        for entry in entries where entry.kind == .regionType {
            let forms = entry.surfaceForms.filter { !$0.contains(" ") }
            classes[entry.attributes["class"] ?? entry.id, default: []].append(contentsOf: forms)
        }
        for className in classes.keys.sorted() { vocabulary.registerSynonyms(classes[className] ?? []) }

        // Every surface form, with the entry and form index it belongs to.
        var forms: [String] = []
        var owners: [(entry: Int32, form: Int32)] = []
        forms.reserveCapacity(entries.count + entries.count / 2)
        owners.reserveCapacity(forms.capacity)
        for (entryIndex, entry) in entries.enumerated() {
            forms.append(entry.canonical)
            owners.append((Int32(entryIndex), 0))
            for (aliasIndex, alias) in entry.aliases.enumerated() {
                forms.append(alias)
                owners.append((Int32(entryIndex), Int32(aliasIndex + 1)))
            }
        }
        vocabulary.reserveCapacity(forms.count * 2)
        var builders = LexiconKind.allCases.map { _ in PhraseTableBuilder() }
        var formsPerKind = [Int](repeating: 0, count: builders.count)
        for entry in entries { formsPerKind[entry.kind.ordinal] += 1 + entry.aliases.count }
        for (kind, count) in formsPerKind.enumerated() { builders[kind].reserveCapacity(phrases: count) }
        var ids: [Int32] = []
        var firstWordKindsByShape: [UInt64] = []
        try AliasTokenizer.tokenize(forms) { formNumber, words in
            let (entryIndex, formIndex) = owners[formNumber]
            let kind = entries[Int(entryIndex)].kind
            guard !words.isEmpty else {
                errors.append(LexiconError(location: entries[Int(entryIndex)].source, reason: "form '\(forms[formNumber])' has no words"))
                return
            }
            guard words.count <= 64 else {
                errors.append(LexiconError(location: entries[Int(entryIndex)].source, reason: "form longer than 64 words"))
                return
            }
            ids.removeAll(keepingCapacity: true)
            var mask: UInt64 = 0, allCaps: UInt64 = 0
            for (position, word) in words.enumerated() {
                ids.append(vocabulary.register(plainKey: word.plainKey, nameKey: word.nameKey))
                if kind.isName, word.isCapitalized, !word.isPunctuation { mask |= 1 << UInt64(position) }
                if word.isAllUppercase { allCaps |= 1 << UInt64(position) }
            }
            let match = PhraseMatch(entryIndex: entryIndex, formIndex: formIndex, capitalizationMask: mask, allCapsMask: allCaps)
            builders[kind.ordinal].insert(ids, match)
            Self.addFirstWord(ids[0], of: kind, match: match, to: &firstWordKindsByShape)
        }
        if !errors.isEmpty { throw LexiconLoadErrors(errors: errors) }
        let tables = builders.map(PhraseTable.init)
        let finalVocabulary = vocabulary
        let regionTypeWordIDs = Set(classes.values.joined().map { finalVocabulary.id(forWord: $0) })
        self.regionTypeWordIDs = regionTypeWordIDs
        self.weakRegionTypeKeys = Set(entries.filter { $0.kind == .regionType && $0.flag("weak") }.flatMap(\.surfaceForms)
            .filter { !$0.contains(" ") }.flatMap { [Folding.key($0), Folding.key($0, transliterating: true)] })
        self.entries = entries
        self.entryIndexByID = entryIndexByID
        self.vocabulary = vocabulary
        self.tables = tables
        var firstWordKinds = [UInt16](repeating: 0, count: Int(vocabulary.count))
        for kind in LexiconKind.allCases {
            for word in tables[kind.ordinal].firstWords where word >= 0 { firstWordKinds[Int(word)] |= 1 << UInt16(kind.ordinal) }
        }
        self.firstWordKinds = firstWordKinds
        firstWordKindsByShape += repeatElement(0, count: max(0, Int(vocabulary.count) - firstWordKindsByShape.count))
        self.firstWordKindsByShape = firstWordKindsByShape
        self.entryTraits = entries.map(EntryTraits.init)
        var isRegionTypeWordID = [Bool](repeating: false, count: Int(vocabulary.count))
        for id in regionTypeWordIDs where id >= 0 && Int(id) < isRegionTypeWordID.count { isRegionTypeWordID[Int(id)] = true }
        self.isRegionTypeWordID = isRegionTypeWordID
        self.abbreviationKeys = Set(entries.filter { $0.kind == .abbreviation }.flatMap(\.surfaceForms).map {
            Folding.key($0.hasSuffix(".") ? String($0.dropLast()) : $0)
        })
    }

    /// Every part as it was compiled (the compiled-lexicon cache restores them).
    init(
        entries: [LexiconEntry], entryIndexByID: KeyMap, vocabulary: Vocabulary, tables: [PhraseTable], firstWordKinds: [UInt16],
        firstWordKindsByShape: [UInt64], abbreviationKeys: Set<String>, regionTypeWordIDs: Set<Int32>, isRegionTypeWordID: [Bool], weakRegionTypeKeys: Set<String>
    ) {
        self.entries = entries
        self.entryIndexByID = entryIndexByID
        self.vocabulary = vocabulary
        self.tables = tables
        self.firstWordKinds = firstWordKinds
        self.firstWordKindsByShape = firstWordKindsByShape
        self.entryTraits = entries.map(EntryTraits.init)
        self.abbreviationKeys = abbreviationKeys
        self.regionTypeWordIDs = regionTypeWordIDs
        self.isRegionTypeWordID = isRegionTypeWordID
        self.weakRegionTypeKeys = weakRegionTypeKeys
    }

    /// The phrase table of one kind (empty when the lexicons have none).
    public func table(_ kind: LexiconKind) -> PhraseTable { tables[kind.ordinal] }

    /// Whether some phrase of `kind` starts with word `id` (a bit test, no hashing).
    @inline(__always)
    public func startsPhrase(_ id: Int32, of kind: LexiconKind) -> Bool {
        id >= 0 && Int(id) < firstWordKinds.count && firstWordKinds[Int(id)] & (1 << UInt16(kind.ordinal)) != 0
    }

    /// Whether word `id` is a single-word region type word (an array lookup, no hashing).
    @inline(__always)
    public func isRegionTypeWord(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < isRegionTypeWordID.count && isRegionTypeWordID[Int(id)]
    }

    /// The vocabulary id of every token of `text`, in token order.
    public func wordIDs(of text: SegmentedText) -> [Int32] {
        if let ids = text.wordIDs(from: self) { return ids }
        let keys = text.keys, hashes = text.keyHashes
        return [Int32](unsafeUninitializedCapacity: keys.count) { ids, initialized in
            for index in keys.indices { ids[index] = vocabulary.id(forKey: keys[index], hash: hashes[index]) }
            initialized = keys.count
        }
    }

    public func entry(_ match: PhraseMatch) -> LexiconEntry { entries[Int(match.entryIndex)] }

    /// The entry with stable id `id`, if any.
    public func entry(id: String) -> LexiconEntry? { entryIndexByID.value(for: id).map { entries[Int($0)] } }

    /// Segmentation options that use these lexicons' abbreviations as well as the built-ins.
    public var segmentationOptions: Segmenter.Options {
        Segmenter.Options(abbreviations: Segmenter.Options.builtInAbbreviations.union(abbreviationKeys), vocabulary: self)
    }
}
