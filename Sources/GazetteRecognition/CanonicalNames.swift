import GazetteText

/// Groups a document's mentions into entities and gives each mention its entity's
/// canonical name: the fullest form in the document, the first one on a tie
/// (ANNOTATION.md §3).
///
/// Mentions are one entity when they have the same type and
/// - the same folded words ("Alexander Lukashenko" = "Aleksandr Lukashenko"),
/// - the same lexicon entry ("Russia" = "Russian Federation"),
/// - for persons, one's words are the other's last words ("Lukashenko"),
/// - for places, one is the other's name without its type word ("Tula" = "Tula Oblast"),
/// - for enterprises, they differ only by a legal form, quotes or a trailing weak head word
///   ("OAO Integral" = "Integral", "Berezina Drive Systems" = "Berezina Drive").
///
/// Name words are token indices into one pool per document and are compared by their
/// folded keys in place, so grouping builds no arrays of strings.
enum CanonicalNames {
    /// A run of `NameWords.pool`: the name words of one mention.
    struct Words {
        var offset: Int
        var count: Int
    }

    struct Entity {
        var type: EntityType
        var words: Words
        /// Index into `Lexicons.entries`, or -1.
        var entry: Int32
        /// The mention giving the canonical name.
        var best: Int
    }

    /// The entity of each mention (`entityOfMention[i]` for `mentions[i]`) and the canonical
    /// name of each entity. Only lexicon-rule mentions (`lexiconRule`) join by entry.
    static func assign(
        _ mentions: [MentionCandidate], context: RecognitionContext, lexiconRule: RuleID?
    ) -> (entityOfMention: [Int], canonical: [String]) {
        let keys = context.keys
        var pool: [Int32] = []
        pool.reserveCapacity(mentions.count * 2)
        var wordsOfMention: [Words] = []
        wordsOfMention.reserveCapacity(mentions.count)
        for mention in mentions {
            // A product is its own entity and its words are never compared.
            let words = mention.type == .product ? Words(offset: pool.count, count: 0) : nameWords(of: mention, context: context, into: &pool)
            wordsOfMention.append(words)
        }
        let names = NameWords(pool: pool, keys: keys, hashes: context.text.keyHashes)
        var entities: [Entity] = []
        entities.reserveCapacity(mentions.count)
        // What the scan tests first, one small record per entity (kept equal to `entities`).
        var screens: [EntityScreen] = []
        screens.reserveCapacity(mentions.count)
        var entityOfMention: [Int] = []
        entityOfMention.reserveCapacity(mentions.count)
        // Past a few dozen entities, candidates come from an index rather than a scan, so
        // a document with thousands of names stays linear.
        var index: EntityIndex?
        for position in mentions.indices {
            let mention = mentions[position]
            let words = wordsOfMention[position]
            let entry = lexiconRule != nil && mention.rule == lexiconRule ? mention.entry : -1
            if index == nil, entities.count > EntityIndex.scanLimit { index = EntityIndex(entities, names: names, capacity: mentions.count) }
            let found = index == nil
                ? names.screenedEntity(of: mention, words: words, entry: entry, among: entities, screens: screens)
                : names.entity(of: mention, words: words, entry: entry, among: entities, index: index)
            if let match = found {
                entityOfMention.append(match)
                if fullness(mention, context) > fullness(mentions[entities[match].best], context) {
                    entities[match].best = position
                    entities[match].words = words
                    if entry >= 0 { entities[match].entry = entry }
                    screens[match] = EntityScreen(entities[match], names: names)
                    index?.add(match, entities[match], names: names)
                }
            } else {
                entityOfMention.append(entities.count)
                entities.append(Entity(type: mention.type, words: words, entry: entry, best: position))
                screens.append(EntityScreen(entities[entities.count - 1], names: names))
                index?.add(entities.count - 1, entities[entities.count - 1], names: names)
            }
        }
        let canonical = entities.map { context.text.text(ofTokens: mentions[$0.best].tokenRange) }
        return (entityOfMention, canonical)
    }

    /// Name words read through the pool: `Words` runs compared by their tokens' keys.
    struct NameWords {
        let pool: [Int32]
        let keys: [String]
        /// The keys' `KeyHash`es (`SegmentedText.keyHashes`): words whose hashes differ
        /// differ, so most comparisons end on one integer test.
        let hashes: [UInt64]

        @inline(__always)
        func keyHash(_ words: Words, _ position: Int) -> UInt64 { hashes[Int(pool[words.offset + position])] }

        /// Whether word `i` of `a` and word `j` of `b` have the same key.
        @inline(__always)
        func sameWord(_ a: Words, _ i: Int, _ b: Words, _ j: Int) -> Bool {
            let tokenA = Int(pool[a.offset + i]), tokenB = Int(pool[b.offset + j])
            return hashes[tokenA] == hashes[tokenB] && keys[tokenA] == keys[tokenB]
        }

        /// The first entity (in entity order) that `mention` belongs to, if any.
        func entity(of mention: MentionCandidate, words: Words, entry: Int32, among entities: [Entity], index: EntityIndex?) -> Int? {
            // Products are never merged (each is its own entity).
            guard mention.type != .product else { return nil }
            func isSame(_ entity: Entity) -> Bool {
                guard entity.type == mention.type, mention.type != .product else { return false }
                if entry >= 0, entity.entry == entry { return true }
                return sameEntity(words, entity.words, type: mention.type)
            }
            if let index {
                let lastWord = words.count > 0 ? keyHash(words, words.count - 1) : nil
                return index.candidates(type: mention.type, lastWord: lastWord, entry: entry).first { isSame(entities[$0]) }
            }
            return entities.firstIndex(where: isSame)
        }

        /// `entity(of:words:entry:among:index:)` without an index: the entities in order,
        /// each screened by its `EntityScreen` before the full test. A mention and an entity
        /// are the same only with one type and either one entry or one last name word
        /// (`sameEntity` compares the last words), so the screen turns no match away.
        func screenedEntity(of mention: MentionCandidate, words: Words, entry: Int32, among entities: [Entity], screens: [EntityScreen]) -> Int? {
            guard mention.type != .product else { return nil }
            let type = mention.type
            let lastWord = EntityScreen.lastWordKey(words, names: self)
            for (position, screen) in screens.enumerated() where screen.type == type && (screen.lastWord == lastWord || (entry >= 0 && screen.entry == entry)) {
                let entity = entities[position]
                if entry >= 0, entity.entry == entry { return position }
                if sameEntity(words, entity.words, type: type) { return position }
            }
            return nil
        }

        /// Same folded words; or, for persons, the shorter one's words end the longer one.
        func sameEntity(_ a: Words, _ b: Words, type: EntityType) -> Bool {
            if a.count == b.count {
                // Equal lengths: a person's suffix would be the whole, so equal words or nothing.
                guard a.count > 0 else { return false }
                for position in 0..<a.count where !sameWord(a, position, b, position) { return false }
                return true
            }
            guard type == .person, a.count > 0, b.count > 0 else { return false }
            let (short, long) = a.count < b.count ? (a, b) : (b, a)
            let shift = long.count - short.count
            for position in 0..<short.count where !sameWord(long, shift + position, short, position) { return false }
            return true
        }
    }

    /// An entity's type, entry and last name word's hash side by side, so that scanning the
    /// entities for a mention's match reads one small record per entity.
    struct EntityScreen {
        var lastWord: UInt64
        var entry: Int32
        var type: EntityType

        init(_ entity: Entity, names: NameWords) {
            lastWord = Self.lastWordKey(entity.words, names: names)
            entry = entity.entry
            type = entity.type
        }

        /// The last word's `KeyHash`, or 0 for no words (an extra candidate at worst).
        @inline(__always)
        static func lastWordKey(_ words: Words, names: NameWords) -> UInt64 {
            words.count > 0 ? names.keyHash(words, words.count - 1) : 0
        }
    }

    /// Entities by lexicon entry and by (type, last name word): two mentions of one entity
    /// share one or the other (a short form is the last words of the long one). Rows for
    /// an entity's earlier names may remain; candidates are checked against the entity as
    /// it is now, so they only cost a comparison. Last words are keyed by their `KeyHash`:
    /// two words sharing a hash only add a candidate that the check then turns down.
    struct EntityIndex {
        static let scanLimit = 32
        private struct LastWord: Hashable {
            var type: EntityType
            var wordHash: UInt64
        }
        private var byEntry: [Int32: [Int]] = [:]
        private var byLastWord: [LastWord: [Int]] = [:]

        init(_ entities: [Entity], names: NameWords, capacity: Int) {
            byLastWord.reserveCapacity(capacity)
            for (position, entity) in entities.enumerated() { add(position, entity, names: names) }
        }

        mutating func add(_ position: Int, _ entity: Entity, names: NameWords) {
            if entity.entry >= 0 { byEntry[entity.entry, default: []].append(position) }
            if entity.words.count > 0 {
                let word = names.keyHash(entity.words, entity.words.count - 1)
                byLastWord[LastWord(type: entity.type, wordHash: word), default: []].append(position)
            }
        }

        /// Entities that may be the same as a mention, in entity order.
        func candidates(type: EntityType, lastWord: UInt64?, entry: Int32) -> [Int] {
            var found = entry >= 0 ? byEntry[entry] ?? [] : []
            if let lastWord { found += byLastWord[LastWord(type: type, wordHash: lastWord)] ?? [] }
            return found.sorted()
        }
    }

    private static func fullness(_ mention: MentionCandidate, _ context: RecognitionContext) -> Int {
        context.tokens[Int(mention.end) - 1].span.end - context.tokens[Int(mention.start)].span.start
    }

    /// Appends the mention's name words (words and numbers, without an enterprise's legal
    /// form or a place's type word) to `pool`.
    private static func nameWords(of mention: MentionCandidate, context: RecognitionContext, into pool: inout [Int32]) -> Words {
        let offset = pool.count
        for index in mention.tokenRange {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number else { continue }
            if mention.type == .enterprise, context.isSingleWord(.legalForm, at: index) { continue }
            if mention.type == .region, context.isRegionTypeWord(index) { continue }
            pool.append(Int32(truncatingIfNeeded: index))
        }
        // "Berezina Drive Systems" is the entity of its short form "Berezina Drive" (see
        // `MentionPropagation`): a trailing weak head word is not compared.
        if mention.type == .enterprise, pool.count - offset >= 3, let last = pool.last, context.isWeakEnterpriseHead(at: Int(last)) {
            pool.removeLast()
        }
        return Words(offset: offset, count: pool.count - offset)
    }
}
