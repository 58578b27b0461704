import GazetteLexicon
import GazetteRecognition

/// How large a place is, so containment rules only link a place to a larger one
/// ("Minsk, Belarus" is part_of; "Belarus, Minsk" is not).
enum RegionRank {
    /// The rank of a mention of `type` whose lexicon entry is `entry`.
    static func of(type: EntityType, entry: LexiconEntry?) -> Int {
        guard type == .region else { return 0 }
        if let entry {
            if let kind = entry.attributes["kind"] ?? entry.attributes["class"], let rank = rankByKind[kind] { return rank }
            if entry.kind == .regionType { return 2 }
        }
        return 1
    }

    /// Rank by the `kind` (or `class`) attribute of a place's entry.
    private static let rankByKind: [String: Int] = [
        "union": 5,
        "country": 4,
        "federal_district": 3, "geo": 3,
        "federal_subject": 2, "oblast": 2, "krai": 2, "republic": 2, "okrug": 2, "capital_region": 2, "autonomous_okrug": 2,
        "district": 1, "raion": 1,
    ]

    /// False when the lexicon knows both places and puts the smaller one in another
    /// country ("the Days of St. Petersburg in Belarus").
    static func canContain(_ container: Mention, _ place: Mention, in sentence: SentenceMentions) -> Bool {
        let lexicons = sentence.context.lexicons
        guard let containerIndex = DocumentMentions.entryIndex(of: container, lexicons: lexicons),
              let placeIndex = DocumentMentions.entryIndex(of: place, lexicons: lexicons)
        else { return true }
        let containerEntry = lexicons.entries[containerIndex], placeEntry = lexicons.entries[placeIndex]
        guard containerEntry.attributes["kind"] == "country",
              let containerCountry = containerEntry.attributes["country"], let placeCountry = placeEntry.attributes["country"]
        else { return true }
        return containerCountry == placeCountry
    }
}
