/// The names of a recognizer's rules, interned as small ids: candidates carry the id and
/// the name is looked up only when a `Mention` is built. Rules sharing a name share an id
/// (and the lowest priority among them, as the name-keyed table did before).
public struct RuleNames: Sendable {
    /// Name of each id.
    public private(set) var names: [String] = []
    /// `OverlapPolicy` priority of each id (lower wins); 99 for names no rule declared.
    public private(set) var priorities: [Int] = []
    /// Each id's place among the distinct priorities (0 = the lowest), when there are at
    /// most 256 of them: what `OverlapPolicy` packs into its sort keys.
    let priorityRanks: [UInt8]?

    /// The names the recognition passes test for: they may be missing from a custom rule set.
    let lexicon: RuleID?
    let productKind: RuleID?
    let legalForm: RuleID?
    let enterpriseDescriptor: RuleID?
    /// The passes that run after the first resolution.
    let productNameAfterKind: RuleID
    let parenthesizedAlias: RuleID
    let titledPerson: RuleID
    let shortFormLink: RuleID

    init(rules: [any MentionRule]) {
        var names: [String] = []
        var priorities: [Int] = []
        // `priority` nil: a later pass's name, which takes part in no overlap resolution.
        func intern(_ name: String, priority: Int?) -> RuleID {
            if let existing = names.firstIndex(of: name) {
                if let priority { priorities[existing] = min(priorities[existing], priority) }
                return RuleID(existing)
            }
            names.append(name)
            priorities.append(priority ?? 99)
            return RuleID(names.count - 1)
        }
        for rule in rules { _ = intern(rule.name, priority: rule.priority) }
        productNameAfterKind = intern(NamedProductAfterKindRule.name, priority: nil)
        parenthesizedAlias = intern(ParenthesizedAliasRule.name, priority: nil)
        titledPerson = intern(TitledPersonRule.name, priority: nil)
        shortFormLink = intern(MentionPropagation.name, priority: nil)
        func id(_ name: String) -> RuleID? { names.firstIndex(of: name).map { RuleID($0) } }
        lexicon = id(LexiconMatchRule.ruleName)
        productKind = id(ProductKindRule.ruleName)
        legalForm = id(LegalFormRule.ruleName)
        enterpriseDescriptor = id(EnterpriseDescriptorRule.ruleName)
        self.names = names
        self.priorities = priorities
        var distinct: [Int] = []
        for priority in priorities.sorted() where distinct.last != priority { distinct.append(priority) }
        priorityRanks = distinct.count <= 256
            ? priorities.map { priority in UInt8(truncatingIfNeeded: distinct.firstIndex(of: priority) ?? 0) } : nil
    }

    /// Rule ids of the proposing rules, in `rules` order.
    func ids(of rules: [any MentionRule]) -> [RuleID] {
        rules.map { rule in RuleID(names.firstIndex(of: rule.name) ?? 0) }
    }

    @inline(__always)
    func name(_ id: RuleID) -> String { names[Int(id)] }

    @inline(__always)
    func priority(_ id: RuleID) -> Int { priorities[Int(id)] }
}
