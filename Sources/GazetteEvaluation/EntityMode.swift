/// The four SemEval-2013 task 9.1 ways of judging a predicted mention against gold.
///
/// Each mode matches predictions to gold on its own, as nervaluate 1.2.1 does, so a
/// prediction can be correct in one mode and incorrect in another.
public enum EntityMode: String, CaseIterable, Sendable {
    /// Same boundaries and same type.
    case strict
    /// Same boundaries, any type.
    case exact
    /// Overlapping boundaries, any type; an overlap that is not exact earns half credit.
    case partial
    /// Overlapping boundaries and same type.
    case type

    /// Whether precision and recall credit a partial match with one half (nervaluate's
    /// "partial or type" formula; in type mode there are no partial matches, so it changes
    /// nothing there, but it is the formula nervaluate applies).
    public var creditsHalfForPartial: Bool { self == .partial || self == .type }
}
