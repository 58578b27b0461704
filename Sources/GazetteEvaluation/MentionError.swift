/// One mention that strict matching did not accept, with what a reader needs to see why:
/// where it is, its text, the sentence around it, and the mention it was confused with.
public struct MentionError: Sendable, Equatable {
    /// Why strict matching rejected it.
    public enum Cause: String, Sendable {
        /// Predicted, overlapping no unused gold mention.
        case spurious
        /// Gold, matched with no prediction.
        case missed
        /// Same boundaries as its counterpart, another type.
        case wrongType = "wrong_type"
        /// Same type as its counterpart, other boundaries.
        case wrongBoundaries = "wrong_boundaries"
        /// Both differ.
        case wrongTypeAndBoundaries = "wrong_type_and_boundaries"

        public var label: String { rawValue.replacingUnderscores() }
    }

    public var documentID: String
    public var side: ErrorSide
    public var cause: Cause
    public var mention: LabelledSpan
    public var text: String
    /// The predicted mention for a false negative, or the gold one for a false positive,
    /// that strict matching paired it with (an INC match); nil for SPU and MIS.
    public var counterpart: LabelledSpan?
    public var counterpartText: String?
    /// The rule that predicted it (false positives of Gazette's output).
    public var rule: String?
    /// The sentence around it with the mention marked `[[…]]`.
    public var context: String

    public init(
        documentID: String, side: ErrorSide, cause: Cause, mention: LabelledSpan, text: String,
        counterpart: LabelledSpan? = nil, counterpartText: String? = nil, rule: String? = nil, context: String
    ) {
        self.documentID = documentID
        self.side = side
        self.cause = cause
        self.mention = mention
        self.text = text
        self.counterpart = counterpart
        self.counterpartText = counterpartText
        self.rule = rule
        self.context = context
    }

    /// The cause of an INC match from the two mentions.
    static func cause(predicted: LabelledSpan, gold: LabelledSpan) -> Cause {
        switch (predicted.type == gold.type, predicted.hasSameBoundaries(as: gold)) {
        case (false, true): return .wrongType
        case (true, false): return .wrongBoundaries
        default: return .wrongTypeAndBoundaries
        }
    }
}
