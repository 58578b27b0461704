/// One mention or relation whose judgement differs between a baseline run and the new run.
public struct RegressionChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A gold item the baseline missed and the new run finds (fixed).
        case nowFound = "now_found"
        /// A wrong prediction of the baseline the new run no longer makes (fixed).
        case noLongerPredicted = "no_longer_predicted"
        /// A gold item the baseline found and the new run misses (broken).
        case nowMissed = "now_missed"
        /// A wrong prediction the new run makes and the baseline did not (broken).
        case newlyPredicted = "newly_predicted"

        public var isFix: Bool { self == .nowFound || self == .noLongerPredicted }
        public var label: String { rawValue.replacingUnderscores() }
    }

    /// What changed: an entity mention or a (mention-level) relation.
    public enum Item: String, Sendable {
        case entity
        case relation
    }

    public var documentID: String
    public var kind: Kind
    public var item: Item
    /// "PERSON [10, 30)" for a mention, the relation key for a relation.
    public var location: String
    /// The mention text, or the relation with its argument texts.
    public var text: String

    public init(documentID: String, kind: Kind, item: Item, location: String, text: String) {
        self.documentID = documentID
        self.kind = kind
        self.item = item
        self.location = location
        self.text = text
    }
}
