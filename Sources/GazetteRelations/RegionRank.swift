import GazetteRecognition

/// How large a place is, so containment rules only link a place to a larger one
/// ("Minsk, Belarus" is part_of; "Belarus, Minsk" is not).
enum RegionRank {
    static func of(_ mention: Mention, in sentence: SentenceMentions) -> Int {
        guard mention.type == .region else { return 0 }
        if let id = mention.provenance.entry, let entry = sentence.context.lexicons.entry(id: id) {
            switch entry.attributes["kind"] ?? entry.attributes["class"] ?? "" {
            case "union": return 5
            case "country": return 4
            case "federal_district", "geo": return 3
            case "federal_subject", "oblast", "krai", "republic", "okrug", "capital_region", "autonomous_okrug": return 2
            case "district", "raion": return 1
            default: break
            }
            if entry.kind == .regionType { return 2 }
        }
        return 1
    }

    /// False when the lexicon knows both places and puts the smaller one in another
    /// country ("the Days of St. Petersburg in Belarus").
    static func canContain(_ container: Mention, _ place: Mention, in sentence: SentenceMentions) -> Bool {
        let lexicons = sentence.context.lexicons
        guard let containerID = container.provenance.entry, let placeID = place.provenance.entry,
              let containerEntry = lexicons.entry(id: containerID), let placeEntry = lexicons.entry(id: placeID),
              containerEntry.attributes["kind"] == "country",
              let containerCountry = containerEntry.attributes["country"], let placeCountry = placeEntry.attributes["country"]
        else { return true }
        return containerCountry == placeCountry
    }
}
