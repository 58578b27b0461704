import GazetteLexicon
import GazetteText

/// What a sentence must have for a rule to find anything in it: at least one token with
/// one of these facts. The recognizer computes each sentence's facts once and runs a rule
/// only on sentences that have one of its triggers, so rare cues (legal forms, region type
/// words) cost nothing in the many sentences without them.
public struct RuleTriggers: Sendable {
    /// Union of `TokenTrigger` bits; unused when `always`.
    public let mask: UInt32
    /// The rule runs on every sentence.
    public let always: Bool

    /// Every sentence: the rule names no trigger.
    public static let always = RuleTriggers(mask: 0, always: true)

    /// A sentence with a token starting a phrase of one of `kinds`.
    public static func phraseStart(_ kinds: LexiconKind...) -> RuleTriggers {
        RuleTriggers(mask: kinds.reduce(0) { $0 | UInt32($1.phraseBit) }, always: false)
    }

    /// A sentence with a capitalised token.
    public static let capitalized = RuleTriggers(mask: TokenTrigger.capitalized, always: false)

    @inline(__always)
    func admits(_ sentenceFacts: UInt32) -> Bool { always || sentenceFacts & mask != 0 }
}

/// The per-token facts that `RuleTriggers` test: the lexicon kinds with a phrase that may
/// start at the token (`TokenSets.matchStarts`, bits 0-15), and shape facts above them.
/// `TokenSets` gathers them per sentence.
public enum TokenTrigger {
    public static let capitalized: UInt32 = 1 << 16
}
