/// The attributes of a lexicon entry that recognition rules test on every match, decoded
/// once per `Lexicons` (`Lexicons.entryTraits`) instead of hashed out of the entry's
/// attribute dictionary each time.
public struct EntryTraits: Sendable {
    /// Where a cue stands relative to the name it marks (`position=`).
    public enum Position: Sendable, Equatable {
        /// No `position` attribute.
        case unset
        case before
        case after
        /// Some other value.
        case other
    }

    /// `generic=true`: a product head that needs a narrowing modifier ("equipment").
    public private(set) var isGeneric = false
    /// `strength=weak`: an enterprise head word that does not make a name on its own.
    public private(set) var isWeak = false
    public private(set) var position = Position.unset

    public init(_ entry: LexiconEntry) {
        // One walk over the (few) attributes rather than a hashed lookup per name.
        for (name, value) in entry.attributes {
            switch name {
            case "generic": isGeneric = value == "true"
            case "strength": isWeak = value == "weak"
            case "position": position = value == "before" ? .before : value == "after" ? .after : .other
            default: break
            }
        }
    }
}
