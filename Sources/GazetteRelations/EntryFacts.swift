import GazetteLexicon

/// What relation rules read from a lexicon entry's attributes, worked out once per
/// `Lexicons` (see `RelationLexicon`) rather than looked up in its attribute dictionary at
/// every mention and trigger.
struct EntryFacts: Sendable {
    /// `RegionRank` of a region mention of the entry.
    var regionRank: Int
    /// `sector=news…`: a source ("BelTA has learned"), not a party.
    var isNewsOutlet: Bool
    /// The relation a trigger entry states (`relation=…`), if it names one.
    var relation: RelationType?
    /// A title with `leader=true`, and one with `regional_exception=true`.
    var isLeaderTitle: Bool
    var isRegionalException: Bool

    init(_ entry: LexiconEntry) {
        regionRank = RegionRank.of(type: .region, entry: entry)
        isNewsOutlet = entry.attributes["sector"]?.hasPrefix("news") == true
        // Triggers and titles are only ever matched in their own tables.
        relation = entry.kind == .relationTrigger ? entry.attributes["relation"].flatMap(RelationType.init(rawValue:)) : nil
        isLeaderTitle = entry.kind == .title && entry.flag("leader")
        isRegionalException = entry.kind == .title && entry.flag("regional_exception")
    }
}
