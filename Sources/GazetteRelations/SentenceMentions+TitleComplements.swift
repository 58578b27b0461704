/// The places and enterprises that only qualify a title.
extension SentenceMentions {
    /// Inserts into `marked` the positions of mentions that only qualify a title: the places and enterprises between
    /// a title and the person it names, or after a title with no person ("President of Russia’s Tatarstan Rustam
    /// Minnikhanov", "Ambassador … of Belarus to Russia Dmitry Krutoi", "Belarus President
    /// Aleksandr Lukashenko"). They are not parties to what the sentence says.
    func markTitleComplements(in marked: inout PositionSet) {
        var zone = PositionSet()
        // Titles do not overlap: the next one is looked for after the last one found.
        var next = tokenRange.lowerBound
        for index in titleCandidates where index >= next {
            guard mention(at: index) == nil, let (length, _) = longestMatch(.title, at: index) else { continue }
            next = index + length
            // Before the title: "Belarus President X", "Tula Oblast’s governor X".
            var before = index - 1
            if isPossessive(before) { before -= 1 }
            zone = PositionSet()
            if let position = mention(at: before), type(position) != .person { zone.insert(position) }
            // After it: "of [the] … to … (alias) … Executive Committee".
            var cursor = index + length
            var steps = 0
            var reachedPerson = false
            while tokenRange.contains(cursor), steps < 14 {
                steps += 1
                if let position = mention(at: cursor) {
                    let type = type(position)
                    if type == .person { reachedPerson = true; break }
                    if type == .product { break }  // "500 head of cattle": no title there
                    zone.insert(position)
                    cursor = tokens(of: position).upperBound
                    continue
                }
                guard Self.titleLinkWords.contains(cue(cursor)) || isPossessive(cursor) || context.isNameWord(cursor)
                        || longestMatch(.title, at: cursor, limit: cursor + 1) != nil
                else { break }
                cursor += 1
            }
            // With or without a person after it ("the press service of the Head of the
            // Udmurt Republic"), the place only says whose title it is; a lowercase "head"
            // with no person after it is more often a plain noun.
            if reachedPerson || context.tokens[index].isCapitalized { marked.formUnion(zone) }
        }
    }

    private static let titleLinkWords: CueSet = [.of, .the, .to, .in, .openParenthesis, .closeParenthesis]
}
