import GazetteRecognition

/// Which mentions of a sentence can be parties to a stated relation (cooperation,
/// production): not the possessor of "Russia’s Samara Oblast", not the container of
/// "Region of the Russian Federation" or "(Russia)", not a dateline place, not a place
/// that only qualifies a title, not a news outlet reporting the story.
///
/// It holds no reference to the sentence (its methods take it): a plain bit set, so
/// keeping one across a sentence's triggers retains nothing.
struct PartyFilter {
    /// Positions of the mentions that can be parties (never persons: no stated relation
    /// here takes one).
    private let parties: PositionSet

    init(sentence: borrowing SentenceMentions, relations: [Relation]) {
        var excluded = PositionSet()
        sentence.markTitleComplements(in: &excluded)
        // The earlier rules' relations of this sentence; the ones before relate other
        // sentences' mentions. Fields read through the buffer: a copy would retain strings.
        relations.withUnsafeBufferPointer { relations in
            for index in min(sentence.firstRelation, relations.count)..<relations.count
            where relations[index].type == .partOf || relations[index].type == .locatedIn {
                if let tail = sentence.position(ofDocumentIndex: relations[index].tail) { excluded.insert(tail) }
            }
        }
        // Only a sentence with a visit trigger has visit destinations to leave out.
        let hasVisitTrigger = sentence.triggerIndices.contains { sentence.trigger($0).trigger.type == .visited }
        var parties = PositionSet()
        for position in 0..<sentence.count where sentence.type(position) != .person {
            if excluded.contains(position) || Self.isModifierOnly(position, sentence, hasVisitTrigger: hasVisitTrigger)
                || sentence.isNewsOutlet(position) { continue }
            parties.insert(position)
        }
        self.parties = parties
    }

    /// Whether the mention at `position` can be a party.
    @inline(__always)
    func isParty(_ position: Int) -> Bool { parties.contains(position) }

    /// Whether a place is only the setting of the statement: "a service centre in Artyom",
    /// "the forum in Vitebsk". Settings are no parties to cooperation.
    func isSetting(_ position: Int, in sentence: borrowing SentenceMentions) -> Bool {
        sentence.type(position) == .region && sentence.cue(sentence.tokens(of: position).lowerBound - 1) == .in
    }

    func isUnionOfStates(_ position: Int, in sentence: borrowing SentenceMentions) -> Bool {
        sentence.rank(position) >= 5
    }

    /// The clause of a trigger: from the last clause boundary before it to the next one
    /// after it. Boundaries: ";", "while", "whereas", "but", "that" after a verb of saying,
    /// and, after the trigger, a colon or opening quote (someone's words follow).
    func clause(around trigger: Range<Int>, in sentence: borrowing SentenceMentions) -> Range<Int> {
        var start = sentence.tokenRange.lowerBound, end = sentence.tokenRange.upperBound
        // Only marked tokens bound a clause: the last boundary before the trigger, the
        // first boundary or speech opener after it.
        for token in sentence.markedTokens {
            if token < trigger.lowerBound {
                if sentence.isClauseBoundary(token) { start = token + 1 }
            } else if token >= trigger.upperBound, sentence.isClauseBoundary(token) || sentence.opensSpeech(token) {
                end = token
                break
            }
        }
        return start..<end
    }

    /// Words a place's locating reach does not cross ("Yaroslavl Oblast and MZKT").
    private static let locatingStops: CueSet = [.and, .or, .of, .to, .in, .with, .for, .from, .by, .at, .on, .will, .is, .are]
    /// Words the reach from a possessor to its possessed name does not cross.
    private static let possessedStops: CueSet = [.with, .to, .in, .of, .from, .for, .and, .between, .by]
    private static let openingQuotes: CueSet = [.openingCurlyQuote, .openingGuillemet, .straightQuote, .apostrophe, .lowCurlyQuote]

    private static func isModifierOnly(_ position: Int, _ sentence: borrowing SentenceMentions, hasVisitTrigger: Bool) -> Bool {
        let type = sentence.type(position)
        let start = sentence.tokens(of: position).lowerBound, end = sentence.tokens(of: position).upperBound
        // "Russia’s Samara Oblast", "Tatarstan’s holding company Raritek"; not across a
        // preposition: in "Sverdlovsk Oblast’s trade with Belarus" the possessor is a party.
        if sentence.isPossessive(end) {
            let next = sentence.skippingLowercaseWords(from: end + 1, limit: 3, stopping: Self.possessedStops)
            if sentence.mention(startingAt: next) != nil { return true }
            // "Belarus’ High-Tech Park": the possessor of an unlabelled name.
            if next == end + 1, sentence.context.isNameWord(next) { return true }
        }
        // "(Russia)" after a place.
        if sentence.cue(start - 1) == .openParenthesis { return true }
        // "this region of Russia", "the regions of the Russian Federation".
        var beforeOf = start - 1
        if sentence.cue(beforeOf) == .the { beforeOf -= 1 }
        // "Of" may be the text's first token: nothing before it to test.
        if sentence.cue(beforeOf) == .of, beforeOf > 0,
           sentence.context.isRegionTypeWord(beforeOf - 1) || sentence.cue(beforeOf - 1) == .regions {
            return true
        }
        // "in Volga Federal District", "in Siberia": a setting, not a party.
        if sentence.cue(start - 1) == .in, sentence.rank(position) == 3 { return true }
        // "the press service of the Republic of Tatarstan": the place qualifies a noun.
        // Also "the Ministry of Industry of Belarus", an unlabelled body's name.
        if type == .region, sentence.cue(beforeOf) == .of, sentence.tokenRange.contains(beforeOf - 1),
           sentence.mention(at: beforeOf - 1) == nil {
            let noun = sentence.context.tokens[beforeOf - 1]
            if noun.kind == .word, !sentence.hasTrigger(at: beforeOf - 1) { return true }
        }
        // "the Smolensk sewing factory Smolyanka", "the Tomsk company Mikran": a place
        // before descriptors and an enterprise name locates the enterprise. Not across a
        // conjunction or preposition ("Yaroslavl Oblast and MZKT").
        if type == .region {
            var next = sentence.skippingLowercaseWords(from: end, limit: 4, stopping: Self.locatingStops)
            // The name may stand in quotes: the Kursk company «Seim-Rezina».
            if next > end, sentence.mention(at: next) == nil, Self.openingQuotes.contains(sentence.cue(next)) { next += 1 }
            if next > end, let following = sentence.mention(startingAt: next), sentence.type(following) == .enterprise {
                return true
            }
        }
        // The destination of a visit: "his working trip to Moscow".
        for length in 1...3 where hasVisitTrigger && sentence.tokenRange.contains(start - length) {
            if let trigger = sentence.trigger(at: start - length), trigger.type == .visited, trigger.length == length { return true }
        }
        // "the Minsk-based BelOMO".
        if sentence.cue(end) == .hyphen, sentence.cue(end + 1) == .based { return true }
        // A dateline: "MINSK, 17 November (BelTA) –".
        if type == .region, start == sentence.tokenRange.lowerBound, sentence.cue(end) == .comma,
           sentence.tokenRange.contains(end + 1), sentence.context.tokens[end + 1].kind == .number {
            return true
        }
        return false
    }
}
