import GazetteText

/// What `TriggerRule` states in one sentence: one relation per type and pair of entities,
/// whichever trigger states it, each with the text and span of its trigger, looked up for
/// the trigger's first relation only. A plain value the rule passes `inout`, so stating a
/// relation needs no closure context or dynamic exclusivity check.
///
/// It holds no reference to the sentence (`state` takes it): reached through `inout self`,
/// a stored one made each trigger text copy the whole `SegmentedText`.
struct TriggerStatements {
    /// The pairs stated so far: the first inline (most sentences state one), the rest in `seen`.
    private var firstSeen: RelationKey?
    private var seen = SmallSet<RelationKey>()
    /// The trigger being read: what it states and its tokens.
    private var type = RelationType.meets
    private var range = 0..<0
    private var trigger: (text: String, span: TextSpan)?

    init() {}

    /// Starts on a trigger stating `type` over `range`.
    mutating func begin(_ type: RelationType, at range: Range<Int>) {
        self.type = type
        self.range = range
        trigger = nil
    }

    /// Appends the relation the current trigger states between the mentions at positions
    /// `head` and `tail`, unless they are one entity or the sentence already states it.
    mutating func state(in sentence: borrowing SentenceMentions, _ head: Int, _ tail: Int, into relations: inout [Relation]) {
        let headEntity = sentence.entityIndex(head), tailEntity = sentence.entityIndex(tail)
        guard headEntity != tailEntity else { return }
        let headIndex = sentence.documentIndex(head), tailIndex = sentence.documentIndex(tail)
        // Entities, or a mention of none by its (negated) index.
        let seenPair = RelationKey(type: type, head: headEntity ?? -1 - headIndex, tail: tailEntity ?? -1 - tailIndex)
        if let firstSeen {
            guard seenPair != firstSeen, seen.insert(seenPair) else { return }
        } else {
            firstSeen = seenPair
        }
        let stated = trigger ?? (sentence.text(range), sentence.span(range))
        trigger = stated
        relations.append(Relation(type: type, head: headIndex, tail: tailIndex, rule: TriggerRule.ruleName(of: type), trigger: stated.text, triggerSpan: stated.span))
    }
}
