/// The compiled lexicons as bytes, and back: what `CompiledLexiconCache` stores so that a
/// large lexicon is tokenized and compiled once, not at every start.
///
/// Restoring copies the flat arrays (trie edges, matches, word flags) in bulk and rebuilds
/// the entries and the small hash maps. Every index read back is checked against the
/// arrays it points into, so damaged data is rejected instead of trusted.
extension Lexicons {
    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        // Entries: their source files once, then each entry's fields.
        var fileNumbers: [String: Int] = [:]
        var files: [String] = []
        for entry in entries where fileNumbers[entry.source.file] == nil {
            fileNumbers[entry.source.file] = files.count
            files.append(entry.source.file)
        }
        writer.strings(files)
        writer.int(entries.count)
        for entry in entries {
            writer.string(entry.id)
            writer.int(entry.kind.ordinal)
            writer.string(entry.canonical)
            writer.strings(entry.aliases)
            let attributes = entry.attributes.sorted { $0.key < $1.key }
            writer.strings(attributes.map(\.key))
            writer.strings(attributes.map(\.value))
            writer.int(fileNumbers[entry.source.file] ?? 0)
            writer.int(entry.source.line)
        }
        // The entry-id map's slots, so restoring it hashes no id (its keys are the ids).
        writer.plain(entryIndexByID.values)
        writer.plain(entryIndexByID.slots)
        writer.plain(entryIndexByID.hashes)
        writer.strings(vocabulary.ids.keys)
        writer.plain(vocabulary.ids.values)
        writer.int(Int(vocabulary.count))
        writer.int(tables.count)
        for table in tables {
            writer.plain(table.steps.slots)
            writer.plain(table.terminals)
            writer.plain(table.matchPool)
            writer.plain(table.nextMatch)
            writer.int(table.longestPhrase)
            writer.plain(table.firstWords.sorted())
        }
        writer.plain(firstWordKinds)
        writer.plain(firstWordKindsByShape)
        writer.strings(abbreviationKeys.sorted())
        writer.plain(regionTypeWordIDs.sorted())
        writer.plain(isRegionTypeWordID)
        writer.strings(weakRegionTypeKeys.sorted())
        return writer.bytes
    }

    static func decoded(_ bytes: UnsafeRawBufferPointer) throws -> Lexicons {
        var reader = BinaryReader(bytes)

        let files = try reader.strings()
        let entryCount = try reader.count(elementSize: 8)
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let id = try reader.string()
            let ordinal = try reader.int()
            try check(LexiconKind.allCases.indices.contains(ordinal))
            let canonical = try reader.string()
            let aliases = try reader.strings()
            let keys = try reader.strings(), values = try reader.strings()
            try check(keys.count == values.count)
            let file = try reader.int(), line = try reader.int()
            try check(files.indices.contains(file))
            entries.append(LexiconEntry(
                id: id, kind: LexiconKind.allCases[ordinal], canonical: canonical, aliases: aliases,
                attributes: keys.isEmpty ? [:] : Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first }),
                source: SourceLocation(file: files[file], line: line)))
        }
        let idValues = try reader.plain(Int32.self)
        let idSlots = try reader.plain(Int32.self)
        let idHashes = try reader.plain(UInt32.self)
        try check(idValues.allSatisfy { $0 >= 0 && Int($0) < entryCount })
        guard let entryIndexByID = KeyMap(keys: entries.map(\.id), values: idValues, slots: idSlots, hashes: idHashes) else {
            throw BinaryReader.Damaged()
        }

        let words = try reader.strings()
        let ids = try reader.plain(Int32.self)
        let wordCount = try reader.int()
        try check(words.count == ids.count && wordCount >= 0 && wordCount <= Int(Int32.max))
        var keyMap = KeyMap(capacity: words.count)
        for (word, id) in zip(words, ids) {
            try check(id >= 0 && Int(id) < wordCount)
            keyMap.set(word, id)
        }
        let vocabulary = Vocabulary(ids: keyMap, count: Int32(wordCount))

        let tableCount = try reader.int()
        try check(tableCount == LexiconKind.allCases.count)
        var tables: [PhraseTable] = []
        for _ in 0..<tableCount { tables.append(try decodedTable(&reader, entries: entries, wordCount: wordCount)) }

        let firstWordKinds = try reader.plain(UInt16.self)
        let firstWordKindsByShape = try reader.plain(UInt64.self)
        let abbreviationKeys = Set(try reader.strings())
        let regionTypeWordIDs = Set(try reader.plain(Int32.self))
        let isRegionTypeWordID = try reader.plain(Bool.self)
        let weakRegionTypeKeys = Set(try reader.strings())
        try check(
            firstWordKinds.count == wordCount && firstWordKindsByShape.count == wordCount && isRegionTypeWordID.count == wordCount
                && reader.isAtEnd)
        return Lexicons(
            entries: entries, entryIndexByID: entryIndexByID, vocabulary: vocabulary, tables: tables,
            firstWordKinds: firstWordKinds, firstWordKindsByShape: firstWordKindsByShape, abbreviationKeys: abbreviationKeys, regionTypeWordIDs: regionTypeWordIDs,
            isRegionTypeWordID: isRegionTypeWordID, weakRegionTypeKeys: weakRegionTypeKeys)
    }

    private static func decodedTable(_ reader: inout BinaryReader, entries: [LexiconEntry], wordCount: Int) throws -> PhraseTable {
        let slots = try reader.plain(TrieStepMap.Slot.self)
        let terminals = try reader.plain(Int32.self)
        let matchPool = try reader.plain(PhraseMatch.self)
        let nextMatch = try reader.plain(Int32.self)
        let longestPhrase = try reader.int()
        let firstWords = try reader.plain(Int32.self)
        // Every link must land inside the arrays it indexes: nodes, matches, entries, forms.
        guard let steps = TrieStepMap(slots: slots, terminals: terminals) else { throw BinaryReader.Damaged() }
        try check(terminals.allSatisfy { $0 >= -1 && Int($0) < matchPool.count })
        // A node's matches are chained forward (each appended after the last), so a chain
        // can neither leave the pool nor loop.
        try check(nextMatch.count == matchPool.count)
        for (index, next) in nextMatch.enumerated() { try check(next == -1 || (Int(next) > index && Int(next) < matchPool.count)) }
        for match in matchPool {
            try check(match.entryIndex >= 0 && Int(match.entryIndex) < entries.count)
            try check(match.formIndex >= 0 && Int(match.formIndex) <= entries[Int(match.entryIndex)].aliases.count)
        }
        try check(firstWords.allSatisfy { $0 >= 0 && Int($0) < wordCount } && longestPhrase >= 0 && longestPhrase <= 64)
        return PhraseTable(
            steps: steps, terminals: terminals, matchPool: matchPool, nextMatch: nextMatch, longestPhrase: longestPhrase,
            firstWords: Set(firstWords))
    }
}

/// Rejects data that breaks an invariant of the compiled lexicons.
private func check(_ condition: Bool) throws {
    if !condition { throw BinaryReader.Damaged() }
}
