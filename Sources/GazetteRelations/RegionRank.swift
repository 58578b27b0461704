import GazetteRecognition

/// How large a place is, so containment rules only link a place to a larger one
/// ("Minsk, Belarus" is part_of; "Belarus, Minsk" is not).
enum RegionRank {
    static func of(_ mention: Mention, in sentence: SentenceMentions) -> Int {
        guard mention.type == .region else { return 0 }
        let entries = sentence.context.lexicons
        if let id = mention.provenance.entry, let entry = entries.entries.first(where: { $0.id == id }) {
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
}
