/// A recognition rule: proposes candidate mentions; `OverlapPolicy` decides among them.
///
/// Rules are independent of each other and of their order: every rule sees the same
/// context, and a rule's `priority` (not its position in a list) settles ties.
public protocol MentionRule: Sendable {
    /// Stable name, reported as the mention's provenance.
    var name: String { get }
    /// Lower wins among candidates of equal length (see `OverlapPolicy`).
    var priority: Int { get }
    /// Facts a sentence needs for the rule to propose anything in it (default: none, the
    /// rule runs on every sentence). A rule must not name a trigger it can do without.
    var triggers: RuleTriggers { get }
    /// Adds the rule's candidates in `sentence` to `candidates` (which records the rule).
    func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates)
    /// Proposes in every sentence whose facts (`sentenceFacts`, parallel to the text's
    /// sentences) admit the rule's triggers. The default calls `propose(in:sentence:into:)`.
    func propose(in context: RecognitionContext, sentenceFacts: [UInt32], into candidates: inout MentionCandidates)
}

extension MentionRule {
    public var triggers: RuleTriggers { .always }

    public func propose(in context: RecognitionContext, sentenceFacts: [UInt32], into candidates: inout MentionCandidates) {
        let triggers = self.triggers
        for (sentence, facts) in zip(context.text.sentences, sentenceFacts) where triggers.admits(facts) {
            propose(in: context, sentence: sentence.tokenRange, into: &candidates)
        }
    }
}

/// The priorities, in one place so the order is declared rather than scattered.
public enum RulePriority {
    public static let lexicon = 0
    public static let legalForm = 1
    public static let enterpriseName = 2
    /// A name a descriptor introduces ("company Mikrotekh-Z") is an enterprise even when
    /// it looks like a model code.
    public static let enterpriseDescriptor = 3
    public static let regionTypeWord = 4
    public static let modelCode = 5
    public static let givenName = 6
    public static let productKind = 7
    public static let brandedProduct = 8
    /// A company told only by its name's shape: every other reading wins.
    public static let enterpriseNameShape = 9
}
