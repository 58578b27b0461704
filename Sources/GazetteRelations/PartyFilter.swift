import GazetteRecognition

/// Which mentions of a sentence can be parties to a stated relation (cooperation,
/// production): not the possessor of "Russia’s Samara Oblast", not the container of
/// "Region of the Russian Federation" or "(Russia)", not a dateline place, not a place
/// that only qualifies a title, not a news outlet reporting the story.
struct PartyFilter {
    let sentence: SentenceMentions
    private let excluded: Set<Int>
    /// Tokens that are clause boundaries, and tokens that open someone's words, in order.
    private let boundaries: [Int]
    private let speechOpenings: [Int]

    init(sentence: SentenceMentions, relations: [Relation]) {
        self.sentence = sentence
        var excluded = sentence.titleComplements()
        let inSentence = Dictionary(uniqueKeysWithValues: sentence.mentions.enumerated().map { ($1.index, $0) })
        for relation in relations where relation.type == .partOf || relation.type == .locatedIn {
            if let tail = inSentence[relation.tail] { excluded.insert(tail) }
        }
        for position in sentence.mentions.indices {
            if Self.isModifierOnly(position, sentence) || sentence.isNewsOutlet(position) { excluded.insert(position) }
        }
        self.excluded = excluded
        // Clause boundaries and quote openings, found once per sentence.
        var boundaries: [Int] = []
        var speechOpenings: [Int] = []
        for token in sentence.tokenRange {
            if Self.isBoundary(token, sentence) { boundaries.append(token) }
            // Punctuation first: comparing a word with a non-ASCII literal takes String's
            // slow, normalising path.
            guard sentence.context.tokens[token].kind == .punctuation else { continue }
            let key = sentence.key(token)
            if key == ":" || key == "“" || key == "«" { speechOpenings.append(token) }
        }
        self.boundaries = boundaries
        self.speechOpenings = speechOpenings
    }

    func positions(of types: Set<EntityType>) -> [Int] {
        sentence.mentions.indices.filter { types.contains(sentence.mentions[$0].mention.type) && !excluded.contains($0) }
    }

    /// Whether a place is only the setting of the statement: "a service centre in Artyom",
    /// "the forum in Vitebsk". Settings are no parties to cooperation.
    func isSetting(_ position: Int) -> Bool {
        let mention = sentence.mentions[position].mention
        return mention.type == .region && sentence.key(mention.tokenRange.lowerBound - 1) == "in"
    }

    func isUnionOfStates(_ position: Int) -> Bool {
        RegionRank.of(sentence.mentions[position].mention, in: sentence) >= 5
    }

    /// The clause of a trigger: from the last clause boundary before it to the next one
    /// after it. Boundaries: ";", "while", "whereas", "but", "that" after a verb of saying,
    /// and, after the trigger, a colon or opening quote (someone's words follow).
    func clause(around trigger: Range<Int>) -> Range<Int> {
        let start = boundaries.last(where: { $0 < trigger.lowerBound }).map { $0 + 1 } ?? sentence.tokenRange.lowerBound
        let end = min(
            boundaries.first(where: { $0 >= trigger.upperBound }) ?? sentence.tokenRange.upperBound,
            speechOpenings.first(where: { $0 >= trigger.upperBound }) ?? sentence.tokenRange.upperBound)
        return start..<end
    }

    private static let sayingVerbs: Set<String> = [
        "said", "says", "noted", "notes", "stressed", "remarked", "added", "emphasized", "emphasised", "stated", "explained",
        "assured", "recalled", "believes", "reported", "announced", "agreed", "confirmed", "pointed", "out",
    ]

    private static func isBoundary(_ token: Int, _ sentence: SentenceMentions) -> Bool {
        // A switch of string literals compares short keys directly: this runs on every
        // token of a sentence with a trigger, where hashing each key cost more.
        switch sentence.key(token) {
        case ";", "while", "whereas": return true
        // "but" starts a clause, except in "not only X but also Y".
        case "but": return sentence.key(token + 1) != "also"
        case "that": return Self.sayingVerbs.contains(sentence.key(token - 1))
        default: return false
        }
    }

    /// Words a place's locating reach does not cross ("Yaroslavl Oblast and MZKT").
    private static let locatingStops: Set<String> = ["and", "or", "of", "to", "in", "with", "for", "from", "by", "at", "on", "will", "is", "are"]

    private static func isModifierOnly(_ position: Int, _ sentence: SentenceMentions) -> Bool {
        let mention = sentence.mentions[position].mention
        let start = mention.tokenRange.lowerBound, end = mention.tokenRange.upperBound
        // "Russia’s Samara Oblast", "Tatarstan’s holding company Raritek".
        if sentence.isPossessive(end) {
            let next = sentence.skippingLowercaseWords(from: end + 1, limit: 3)
            if sentence.mention(startingAt: next) != nil { return true }
            // "Belarus’ High-Tech Park": the possessor of an unlabelled name.
            if next == end + 1, sentence.context.isNameWord(next) { return true }
        }
        // "(Russia)" after a place.
        if sentence.key(start - 1) == "(" { return true }
        // "this region of Russia", "the regions of the Russian Federation".
        var beforeOf = start - 1
        if sentence.key(beforeOf) == "the" { beforeOf -= 1 }
        if sentence.key(beforeOf) == "of", sentence.context.isRegionTypeWord(beforeOf - 1) || sentence.key(beforeOf - 1) == "regions" {
            return true
        }
        // "in Volga Federal District", "in Siberia": a setting, not a party.
        if sentence.key(start - 1) == "in", RegionRank.of(mention, in: sentence) == 3 { return true }
        // "the press service of the Republic of Tatarstan": the place qualifies a noun.
        // Also "the Ministry of Industry of Belarus", an unlabelled body's name.
        if mention.type == .region, sentence.key(beforeOf) == "of", sentence.tokenRange.contains(beforeOf - 1),
           sentence.mention(at: beforeOf - 1) == nil {
            let noun = sentence.context.tokens[beforeOf - 1]
            if noun.kind == .word, sentence.trigger(at: beforeOf - 1) == nil { return true }
        }
        // "the Smolensk sewing factory Smolyanka", "the Tomsk company Mikran": a place
        // before descriptors and an enterprise name locates the enterprise. Not across a
        // conjunction or preposition ("Yaroslavl Oblast and MZKT").
        if mention.type == .region {
            var next = sentence.skippingLowercaseWords(from: end, limit: 4, stops: Self.locatingStops)
            // The name may stand in quotes: the Kursk company «Seim-Rezina».
            if next > end, sentence.mention(at: next) == nil, ["“", "«", "\"", "'", "„"].contains(sentence.key(next)) { next += 1 }
            if next > end, let following = sentence.mention(startingAt: next), sentence.mentions[following].mention.type == .enterprise {
                return true
            }
        }
        // The destination of a visit: "his working trip to Moscow".
        for length in 1...3 where sentence.tokenRange.contains(start - length) {
            if let trigger = sentence.trigger(at: start - length), trigger.type == .visited, trigger.length == length { return true }
        }
        // "the Minsk-based BelOMO".
        if sentence.key(end) == "-", sentence.key(end + 1) == "based" { return true }
        // A dateline: "MINSK, 17 November (BelTA) –".
        if mention.type == .region, start == sentence.tokenRange.lowerBound, sentence.key(end) == ",",
           sentence.tokenRange.contains(end + 1), sentence.context.tokens[end + 1].kind == .number {
            return true
        }
        return false
    }
}
