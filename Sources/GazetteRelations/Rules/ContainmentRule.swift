import GazetteRecognition

/// Containment written with a preposition or punctuation: "Sakha Republic of Russia",
/// "the Orenburg region (Russia)", "Minsk, Belarus", "Tatarstan is part of the Volga
/// Federal District" → part_of; "Kovdor Mining and Processing Plant in Murmansk Oblast",
/// "BelOMO (Minsk)" → located_in. A place is only part of a larger one (`RegionRank`).
public struct ContainmentRule: RelationRule {
    public let name = "containment"
    private static let linkPhrases: [[String]] = [
        ["of"], ["of", "the"], ["("], [","], ["in"], ["in", "the"], ["is", "part", "of", "the"], ["is", "part", "of"],
        ["part", "of", "the"], ["part", "of"], ["is", "a", "part", "of", "the"], ["based", "in"], ["located", "in"],
        ["is", "a", "crucial", "part", "of", "the"], ["is", "an", "important", "part", "of", "the"], ["from"],
        [",", "located", "in"], [",", "based", "in"],
        [",", "the", "capital", "of"], [",", "the", "administrative", "centre", "of"], [",", "the", "administrative", "center", "of"],
        [",", "the", "centre", "of"], [",", "the", "center", "of"], [",", "a", "city", "in"], [",", "a", "town", "in"],
    ]
    private static let enterprisePhrases: Set<[String]> = [
        ["in"], ["("], ["based", "in"], ["located", "in"], ["from"], [",", "located", "in"], [",", "based", "in"],
    ]

    public init() {}

    public func propose(in sentence: SentenceMentions, into relations: inout [Relation]) {
        basedInFront(sentence, into: &relations)
        for item in sentence.mentions where item.mention.type == .region || item.mention.type == .enterprise {
            var end = item.mention.tokenRange.upperBound
            // "the Niva-Holding enterprise from Soligorsk": a descriptor after the name.
            if item.mention.type == .enterprise, sentence.tokenRange.contains(end),
               let (length, _) = sentence.context.longestMatch(.enterpriseDescriptor, at: end, limit: sentence.tokenRange.upperBound) {
                end += length
            }
            // Skip an alias in parentheses: "Sakha Republic (Yakutia) of Russia".
            if sentence.key(end) == "(", let alias = sentence.mention(startingAt: end + 1),
               sentence.key(sentence.mentions[alias].mention.tokenRange.upperBound) == ")",
               RegionRank.of(sentence.mentions[alias].mention, in: sentence) <= RegionRank.of(item.mention, in: sentence)
            {
                end = sentence.mentions[alias].mention.tokenRange.upperBound + 1
            }
            for phrase in Self.linkPhrases {
                guard phrase.indices.allSatisfy({ sentence.tokenRange.contains(end + $0) && sentence.key(end + $0) == phrase[$0] }),
                      let target = sentence.mention(startingAt: end + phrase.count)
                else { continue }
                let container = sentence.mentions[sentence.possessiveChainEnd(from: target)]
                guard container.mention.type == .region else { continue }
                if phrase == ["from"], item.mention.type == .region { continue }
                let isAppositive = phrase.first == "," && phrase.count > 1 && !["located", "based"].contains(phrase[1])
                if isAppositive, item.mention.type == .enterprise { continue }
                if phrase == ["in"] || phrase == ["in", "the"], item.mention.type == .region,
                   RegionRank.of(container.mention, in: sentence) < 3
                {
                    continue  // "Tula Oblast in June", "in Minsk": only "X in Siberia"-style regions
                }
                if phrase == ["("], sentence.key(container.mention.tokenRange.upperBound) != ")" { continue }
                // "Minsk, Belarus": only when the container ends the phrase, not "Tula Oblast, Belarus President".
                if phrase == [","], ![",", ".", ")", ";", "and", ""].contains(sentence.key(container.mention.tokenRange.upperBound)) {
                    continue
                }
                if item.mention.type == .region, !RegionRank.canContain(container.mention, item.mention, in: sentence) { continue }
                if isAppositive {
                    relations.append(Relation(type: .partOf, head: item.index, tail: container.index, rule: name))
                    break
                }
                if item.mention.type == .enterprise {
                    guard Self.enterprisePhrases.contains(phrase) else { continue }
                    relations.append(Relation(type: .locatedIn, head: item.index, tail: container.index, rule: name))
                    // "BMZ, located in Zhlobin, Gomel Oblast": the larger place too.
                    let after = container.mention.tokenRange.upperBound
                    if sentence.key(after) == ",", let larger = sentence.mention(startingAt: after + 1),
                       sentence.mentions[larger].mention.type == .region,
                       RegionRank.of(sentence.mentions[larger].mention, in: sentence) > RegionRank.of(container.mention, in: sentence),
                       [",", ".", ")", ";", "and", ""].contains(sentence.key(sentence.mentions[larger].mention.tokenRange.upperBound)) {
                        relations.append(Relation(type: .locatedIn, head: item.index, tail: sentence.mentions[larger].index, rule: name))
                    }
                } else if RegionRank.of(container.mention, in: sentence) > RegionRank.of(item.mention, in: sentence) {
                    relations.append(Relation(type: .partOf, head: item.index, tail: container.index, rule: name))
                }
                break
            }
        }
    }

    /// "Based in Bobruisk, Belshina has …": the place fronted before the enterprise.
    private func basedInFront(_ sentence: SentenceMentions, into relations: inout [Relation]) {
        let start = sentence.tokenRange.lowerBound
        guard sentence.key(start) == "based" || sentence.key(start) == "located", sentence.key(start + 1) == "in",
              let place = sentence.mention(startingAt: start + 2), sentence.mentions[place].mention.type == .region
        else { return }
        let comma = sentence.mentions[place].mention.tokenRange.upperBound
        guard sentence.key(comma) == ",", let enterprise = sentence.mention(startingAt: comma + 1),
              sentence.mentions[enterprise].mention.type == .enterprise
        else { return }
        relations.append(Relation(
            type: .locatedIn, head: sentence.mentions[enterprise].index, tail: sentence.mentions[place].index, rule: name))
    }
}
