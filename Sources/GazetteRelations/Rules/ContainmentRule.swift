import GazetteRecognition

/// Containment written with a preposition or punctuation: "Sakha Republic of Russia",
/// "the Orenburg region (Russia)", "Minsk, Belarus", "Tatarstan is part of the Volga
/// Federal District" → part_of; "Kovdor Mining and Processing Plant in Murmansk Oblast",
/// "BelOMO (Minsk)", "Zhodino, home of BelAZ" → located_in. A place is only part of a
/// larger one (`RegionRank`).
public struct ContainmentRule: RelationRule {
    public let name = "containment"

    /// The words between a place or enterprise and its container, tried in this order.
    private static let linkPhrases: [LinkPhrase] = [
        [.of], [.of, .the], [.openParenthesis], [.comma], [.in], [.in, .the], [.is, .part, .of, .the], [.is, .part, .of],
        [.part, .of, .the], [.part, .of], [.is, .a, .part, .of, .the], [.based, .in], [.located, .in],
        [.is, .a, .crucial, .part, .of, .the], [.is, .an, .important, .part, .of, .the], [.from],
        [.comma, .located, .in], [.comma, .based, .in],
        // "BelOMO is based in Minsk", "The joint venture, Berezina-Volga Drive, is based in Pavlovo".
        [.is, .based, .in], [.is, .located, .in], [.comma, .is, .based, .in], [.comma, .is, .located, .in],
        // "Mogilevliftmash, which is headquartered in Mogilev", "Planar, headquartered in Minsk".
        [.headquartered, .in], [.is, .headquartered, .in], [.comma, .headquartered, .in], [.comma, .is, .headquartered, .in],
        [.comma, .which, .is, .based, .in], [.comma, .which, .is, .located, .in], [.comma, .which, .is, .headquartered, .in],
        [.comma, .the, .capital, .of], [.comma, .the, .administrative, .centre, .of], [.comma, .the, .administrative, .center, .of],
        [.comma, .the, .centre, .of], [.comma, .the, .center, .of], [.comma, .a, .city, .in], [.comma, .a, .town, .in],
    ]
    /// The words a link phrase can start with: a mention followed by none of them links nothing.
    private static let firstWords = CueSet(linkPhrases.map(\.first))
    /// `linkPhrases` grouped by first word, each group in the order above, and by
    /// `CueWord.rawValue` the slice of each word's group: the phrases tried after a word
    /// are only those it starts, without testing the others.
    private static let (phrasesByFirstWord, phraseSlices): ([LinkPhrase], [Range<Int>]) = {
        var phrases: [LinkPhrase] = []
        var slices: [Range<Int>] = []
        for word in CueWord.allCases {
            let start = phrases.count
            phrases += linkPhrases.filter { $0.first == word }
            slices.append(start..<phrases.count)
        }
        return (phrases, slices)
    }()
    /// What may follow a container for "X, Y" and "located in X, Y" to hold.
    private static let containerEnds: CueSet = [.comma, .period, .closeParenthesis, .semicolon, .and, .empty]

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        // Every relation here has a place as its tail and another place or an enterprise as its head.
        guard sentence.hasMentions(ofEach: .region), sentence.organisationCount >= 2 else { return }
        basedInFront(sentence, into: &relations)
        homeOf(sentence, into: &relations)
        // Read once: each access to a static goes through its lazy initialiser's check.
        let phrases = Self.phrasesByFirstWord, phraseSlices = Self.phraseSlices
        let firstWords = Self.firstWords, containerEnds = Self.containerEnds
        for position in 0..<sentence.count where sentence.type(position) == .region || sentence.type(position) == .enterprise {
            let type = sentence.type(position)
            var end = sentence.tokens(of: position).upperBound
            // "the Niva-Holding enterprise from Soligorsk": a descriptor after the name.
            if type == .enterprise, let (length, _) = sentence.longestMatch(.enterpriseDescriptor, at: end) {
                end += length
            }
            // Skip an alias in parentheses: "Sakha Republic (Yakutia) of Russia".
            if sentence.cue(end) == .openParenthesis, let alias = sentence.mention(startingAt: end + 1),
               sentence.cue(sentence.tokens(of: alias).upperBound) == .closeParenthesis,
               sentence.rank(alias) <= sentence.rank(position)
            {
                end = sentence.tokens(of: alias).upperBound + 1
            }
            guard let first = sentence.cue(end), firstWords.contains(first) else { continue }
            for phrase in phrases[phraseSlices[Int(first.rawValue)]] {
                assert(phrase.first == first, "the phrases the word starts")
                guard phrase.matches(at: end, in: sentence), let target = sentence.mention(startingAt: end + phrase.count)
                else { continue }
                let container = sentence.possessiveChainEnd(from: target)
                guard sentence.type(container) == .region else { continue }
                if phrase.isFrom, type == .region { continue }
                if phrase.isAppositive, type == .enterprise { continue }
                if phrase.isIn, type == .region, sentence.rank(container) < 3 {
                    continue  // "Tula Oblast in June", "in Minsk": only "X in Siberia"-style regions
                }
                let containerEnd = sentence.tokens(of: container).upperBound
                if phrase.isParenthesis, sentence.cue(containerEnd) != .closeParenthesis { continue }
                // "Minsk, Belarus": only when the container ends the phrase, not "Tula Oblast, Belarus President".
                if phrase.isComma, !containerEnds.contains(sentence.cue(containerEnd)) { continue }
                if type == .region, !sentence.canContain(container, position) { continue }
                if phrase.isAppositive {
                    relations.append(Relation(
                        type: .partOf, head: sentence.documentIndex(position), tail: sentence.documentIndex(container), rule: name))
                    break
                }
                if type == .enterprise {
                    guard phrase.locatesEnterprise else { continue }
                    relations.append(Relation(
                        type: .locatedIn, head: sentence.documentIndex(position), tail: sentence.documentIndex(container), rule: name))
                    // "BMZ, located in Zhlobin, Gomel Oblast": the larger place too.
                    if sentence.cue(containerEnd) == .comma, let larger = sentence.mention(startingAt: containerEnd + 1),
                       sentence.type(larger) == .region, sentence.rank(larger) > sentence.rank(container),
                       containerEnds.contains(sentence.cue(sentence.tokens(of: larger).upperBound)) {
                        relations.append(Relation(
                            type: .locatedIn, head: sentence.documentIndex(position), tail: sentence.documentIndex(larger), rule: name))
                    }
                } else if sentence.rank(container) > sentence.rank(position) {
                    relations.append(Relation(
                        type: .partOf, head: sentence.documentIndex(position), tail: sentence.documentIndex(container), rule: name))
                }
                break
            }
        }
    }

    /// "Zhodino, home of BelAZ", "Nizhny Tagil, home to Uralvagonzavod": the enterprise
    /// the place is home of.
    private func homeOf(_ sentence: SentenceMentions, into relations: inout [Relation]) {
        for position in 0..<sentence.count where sentence.type(position) == .region {
            var cursor = sentence.tokens(of: position).upperBound
            guard sentence.cue(cursor) == .comma, sentence.cue(cursor + 1) == .home,
                  sentence.cue(cursor + 2) == .of || sentence.cue(cursor + 2) == .to
            else { continue }
            cursor += 3
            if sentence.cue(cursor) == .the { cursor += 1 }
            guard let enterprise = sentence.mention(startingAt: cursor), sentence.type(enterprise) == .enterprise else { continue }
            relations.append(Relation(
                type: .locatedIn, head: sentence.documentIndex(enterprise), tail: sentence.documentIndex(position), rule: name))
        }
    }

    /// "Based in Bobruisk, Belshina has …": the place fronted before the enterprise.
    private func basedInFront(_ sentence: SentenceMentions, into relations: inout [Relation]) {
        let start = sentence.tokenRange.lowerBound
        guard sentence.cue(start) == .based || sentence.cue(start) == .located, sentence.cue(start + 1) == .in,
              let place = sentence.mention(startingAt: start + 2), sentence.type(place) == .region
        else { return }
        let comma = sentence.tokens(of: place).upperBound
        guard sentence.cue(comma) == .comma, let enterprise = sentence.mention(startingAt: comma + 1),
              sentence.type(enterprise) == .enterprise
        else { return }
        relations.append(Relation(
            type: .locatedIn, head: sentence.documentIndex(enterprise), tail: sentence.documentIndex(place), rule: name))
    }
}
