/// Whether an error is something predicted that gold does not have, or the reverse.
public enum ErrorSide: String, Sendable {
    case falsePositive = "false_positive"
    case falseNegative = "false_negative"

    /// "FP" or "FN", for tables.
    public var abbreviation: String { self == .falsePositive ? "FP" : "FN" }
}
