/// Whether a token ends a clause of its sentence or opens someone's words, worked out once
/// per token from its cue word and its neighbours' (see `PartyFilter.clause(around:)`).
struct ClauseMarks: Sendable {
    private var bits: UInt8 = 0

    init() {}

    /// The marks of a token whose cue word is `cue`, after a token whose cue word is
    /// `previous` and before one whose is `next` (`.empty` outside the sentence).
    init(_ cue: CueWord, previous: CueWord?, next: CueWord?, isPunctuation: Bool) {
        switch cue {
        case .semicolon, .while, .whereas: bits |= Self.boundary
        // "but" starts a clause, except in "not only X but also Y".
        case .but: if next != .also { bits |= Self.boundary }
        case .that: if Self.sayingVerbs.contains(previous) { bits |= Self.boundary }
        default: break
        }
        if Self.speechOpeners.contains(cue), isPunctuation { bits |= Self.speechOpening }
    }

    /// Neither mark.
    var isEmpty: Bool { bits == 0 }
    /// ";", "while", "whereas", "but" (not "but also"), "that" after a verb of saying.
    var isBoundary: Bool { bits & Self.boundary != 0 }
    /// A colon or opening quote: someone's words follow.
    var opensSpeech: Bool { bits & Self.speechOpening != 0 }

    private static let boundary: UInt8 = 1
    private static let speechOpening: UInt8 = 2

    /// The cue words whose tokens may get a mark: any other token's marks are empty.
    static let markedCues: CueSet = [.semicolon, .while, .whereas, .but, .that, .colon, .openingCurlyQuote, .openingGuillemet]

    private static let speechOpeners: CueSet = [.colon, .openingCurlyQuote, .openingGuillemet]

    private static let sayingVerbs: CueSet = [
        .said, .says, .noted, .notes, .stressed, .remarked, .added, .emphasized, .emphasised, .stated, .explained,
        .assured, .recalled, .believes, .reported, .announced, .agreed, .confirmed, .pointed, .out,
    ]
}
