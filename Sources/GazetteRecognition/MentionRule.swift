/// A recognition rule: proposes candidate mentions; `OverlapPolicy` decides among them.
///
/// Rules are independent of each other and of their order: every rule sees the same
/// context, and a rule's `priority` (not its position in a list) settles ties.
public protocol MentionRule: Sendable {
    /// Stable name, reported as the mention's provenance.
    var name: String { get }
    /// Lower wins among candidates of equal length (see `OverlapPolicy`).
    var priority: Int { get }
    /// Adds the rule's candidates in `sentence` to `candidates` (which records the rule).
    func propose(in context: RecognitionContext, sentence: Range<Int>, into candidates: inout MentionCandidates)
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
}
