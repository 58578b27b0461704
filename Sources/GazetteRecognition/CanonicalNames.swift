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
    static func assign(_ mentions: inout [Mention], context: RecognitionContext) {
        var entities: [(type: EntityType, keys: [String], entry: String?, best: Int)] = []
        for index in mentions.indices {
            let mention = mentions[index]
            let words = nameWords(of: mention, context: context)
            let entry = mention.provenance.rule == "lexicon" ? mention.provenance.entry : nil
            let match = entities.firstIndex { entity in
                guard entity.type == mention.type, mention.type != .product else { return false }
                if let entry, entity.entry == entry { return true }
                return sameEntity(words, entity.keys, type: mention.type)
            }
            if let match {
                mentions[index].entityIndex = match
                let best = mentions[entities[match].best]
                if fullness(mention) > fullness(best) {
                    entities[match].best = index
                    entities[match].keys = words
                    if entry != nil { entities[match].entry = entry }
                }
            } else {
                mentions[index].entityIndex = entities.count
                entities.append((mention.type, words, entry, index))
            }
        }
        let canonical = entities.map { context.text.text(ofTokens: mentions[$0.best].tokenRange) }
        for index in mentions.indices {
            if let entity = mentions[index].entityIndex { mentions[index].canonical = canonical[entity] }
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
