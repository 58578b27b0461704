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
/// - for enterprises, they differ only by a legal form or quotes ("OAO Integral" = "Integral").
enum CanonicalNames {
    typealias Entity = (type: EntityType, keys: [String], entry: String?, best: Int)

    static func assign(_ mentions: inout [Mention], context: RecognitionContext) {
        var entities: [Entity] = []
        // Past a few dozen entities, candidates come from an index rather than a scan, so
        // a document with thousands of names stays linear.
        var index: EntityIndex?
        for position in mentions.indices {
            let mention = mentions[position]
            let words = nameWords(of: mention, context: context)
            let entry = mention.provenance.rule == "lexicon" ? mention.provenance.entry : nil
            func isSame(_ entity: Entity) -> Bool {
                guard entity.type == mention.type, mention.type != .product else { return false }
                if let entry, entity.entry == entry { return true }
                return sameEntity(words, entity.keys, type: mention.type)
            }
            if index == nil, entities.count > EntityIndex.scanLimit { index = EntityIndex(entities) }
            let match: Int?
            if let index {
                match = index.candidates(type: mention.type, words: words, entry: entry).first { isSame(entities[$0]) }
            } else {
                match = entities.firstIndex(where: isSame)
            }
            if let match {
                mentions[position].entityIndex = match
                let best = mentions[entities[match].best]
                if fullness(mention) > fullness(best) {
                    entities[match].best = position
                    entities[match].keys = words
                    if entry != nil { entities[match].entry = entry }
                    index?.add(match, entities[match])
                }
            } else {
                mentions[position].entityIndex = entities.count
                entities.append((mention.type, words, entry, position))
                index?.add(entities.count - 1, entities[entities.count - 1])
            }
        }
        let canonical = entities.map { context.text.text(ofTokens: mentions[$0.best].tokenRange) }
        for position in mentions.indices {
            if let entity = mentions[position].entityIndex { mentions[position].canonical = canonical[entity] }
        }
    }

    /// Entities by lexicon entry and by (type, last name word): two mentions of one entity
    /// share one or the other (a short form is the last words of the long one). Rows for
    /// an entity's earlier names may remain; candidates are checked against the entity as
    /// it is now, so they only cost a comparison.
    struct EntityIndex {
        static let scanLimit = 32
        private struct LastWord: Hashable {
            var type: EntityType
            var word: String
        }
        private var byEntry: [String: [Int]] = [:]
        private var byLastWord: [LastWord: [Int]] = [:]

        init(_ entities: [Entity]) {
            for (position, entity) in entities.enumerated() { add(position, entity) }
        }

        mutating func add(_ position: Int, _ entity: Entity) {
            if let entry = entity.entry { byEntry[entry, default: []].append(position) }
            if let word = entity.keys.last { byLastWord[LastWord(type: entity.type, word: word), default: []].append(position) }
        }

        /// Entities that may be the same as a mention, in entity order.
        func candidates(type: EntityType, words: [String], entry: String?) -> [Int] {
            var found = entry.flatMap { byEntry[$0] } ?? []
            if let word = words.last { found += byLastWord[LastWord(type: type, word: word)] ?? [] }
            return found.sorted()
        }
    }

    private static func fullness(_ mention: Mention) -> Int { mention.span.length }

    private static func nameWords(of mention: Mention, context: RecognitionContext) -> [String] {
        mention.tokenRange.filter { index in
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number else { return false }
            if mention.type == .enterprise, context.longestMatch(.legalForm, at: index, limit: index + 1) != nil { return false }
            if mention.type == .region, context.isRegionTypeWord(index) { return false }
            return true
        }.map { context.key($0) }
    }

    private static func sameEntity(_ a: [String], _ b: [String], type: EntityType) -> Bool {
        if a == b { return !a.isEmpty }
        guard type == .person, !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return long.suffix(short.count).elementsEqual(short)
    }
}
