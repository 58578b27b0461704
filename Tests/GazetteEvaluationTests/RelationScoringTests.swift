import GazetteEvaluation
import GazetteIO
import Testing

/// Relation scoring as score.py does it, on small hand-made documents.
@Suite("Relation scoring")
struct RelationScoringTests {
    static let text = "Lukashenko met Putin in Minsk. Belarus and Russia’s Samara Oblast cooperate. Belarus President Aleksandr Lukashenko spoke."

    private func score(_ gold: AnnotatedDocumentBuilder, _ predicted: AnnotatedDocumentBuilder) -> DocumentScore {
        DocumentScorer().score(gold: gold.document, predicted: predicted.document)
    }

    private var base: AnnotatedDocumentBuilder {
        AnnotatedDocumentBuilder(text: Self.text)
            .mention("PERSON", "Lukashenko", canonical: "Aleksandr Lukashenko")  // T1
            .mention("PERSON", "Putin")  // T2
            .mention("REGION", "Belarus")  // T3
            .mention("REGION", "Samara Oblast")  // T4
    }

    @Test("Symmetric types match in either order; others do not")
    func symmetry() {
        let gold = base.relation("meets", 1, 2).relation("cooperates_with", 3, 4).relation("visited", 1, 3)
        let predicted = base.relation("meets", 2, 1, rule: "trigger-meets").relation("cooperates_with", 4, 3, rule: "trigger-cooperation")
            .relation("visited", 3, 1, rule: "trigger-visited")
        let result = score(gold, predicted)
        let mention = result.mentionRelations
        #expect(result.relationRules == [
            "trigger-meets": RuleTally(correct: 1), "trigger-cooperation": RuleTally(correct: 1), "trigger-visited": RuleTally(spurious: 1),
        ])
        #expect(mention.counts == RelationCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(mention.falsePositives.map(\.type) == ["visited"])
        #expect(mention.countsByType["meets"] == RelationCounts(truePositives: 1))
        #expect(mention.countsByType["visited"] == RelationCounts(falsePositives: 1, falseNegatives: 1))
    }

    @Test("Mention level needs both argument spans exact; a wrong type is a false positive and a false negative")
    func mentionLevelSpans() {
        let gold = base.relation("part_of", 4, 3)
        let shifted = AnnotatedDocumentBuilder(text: Self.text).mention("REGION", "Belarus").mention("REGION", "Samara").relation("part_of", 2, 1)
        #expect(score(gold, shifted).mentionRelations.counts == RelationCounts(falsePositives: 1, falseNegatives: 1))
        #expect(score(gold, base.relation("located_in", 4, 3)).mentionRelations.counts == RelationCounts(falsePositives: 1, falseNegatives: 1))
    }

    @Test("Document level maps a same-type overlapping mention to the gold entity; another type does not map")
    func documentLevelMapping() {
        let gold = base.relation("part_of", 4, 3)
        // "Samara" overlaps the gold REGION "Samara Oblast": same entity at document level.
        let overlapping = AnnotatedDocumentBuilder(text: Self.text).mention("REGION", "Belarus").mention("REGION", "Samara").relation("part_of", 2, 1)
        #expect(score(gold, overlapping).documentRelations.counts == RelationCounts(truePositives: 1))
        // As an ENTERPRISE it maps to no gold entity and cannot match.
        let otherType = AnnotatedDocumentBuilder(text: Self.text).mention("REGION", "Belarus").mention("ENTERPRISE", "Samara").relation("part_of", 2, 1)
        let matching = score(gold, otherType).documentRelations
        #expect(matching.counts == RelationCounts(falsePositives: 1, falseNegatives: 1))
        #expect(matching.falsePositives.first?.head == .unmatched(mentionID: "T2"))
    }

    @Test("Document level identifies entities by folded canonical name and counts duplicates once")
    func documentLevelCanonicalNames() {
        // Two gold mentions of Lukashenko ("Lukashenko" with canonical, "Aleksandr Lukashenko")
        // and of Belarus: two leader_of relations between them are one entity-level relation.
        let gold = base
            .mention("REGION", "Belarus", occurrence: 2)  // T5
            .mention("PERSON", "Aleksandr Lukashenko", canonical: "ALEKSANDR   lukashenko")  // T6
            .relation("leader_of", 6, 5).relation("leader_of", 1, 3)
        #expect(score(gold, gold).documentRelations.counts == RelationCounts(truePositives: 1))
        #expect(score(gold, gold).mentionRelations.counts == RelationCounts(truePositives: 2))
        // Predicting it once, between the first mentions, is enough at document level.
        let predicted = base.relation("leader_of", 1, 3)
        let result = score(gold, predicted)
        #expect(result.documentRelations.counts == RelationCounts(truePositives: 1))
        #expect(result.mentionRelations.counts == RelationCounts(truePositives: 1, falseNegatives: 1))
    }

    @Test("Canonical names fold case, ’ and white space as score.py does")
    func canonicalFolding() {
        #expect(CanonicalName("Russia’s  SAMARA\tOblast ") == CanonicalName("russia's samara oblast"))
        #expect(CanonicalName("Straße") == CanonicalName("STRASSE"))
        #expect(CanonicalName("e\u{301}") != CanonicalName("\u{e9}"))  // Python compares code points
        #expect(CanonicalName(canonical: "", text: "Minsk") == CanonicalName("minsk"))
    }

    @Test("Corpus figures sum documents and split by type")
    func corpusFigures() {
        let gold = base.relation("meets", 1, 2).relation("part_of", 4, 3)
        let predicted = base.relation("meets", 1, 2).relation("visited", 1, 3)
        let report = Evaluator(bootstrap: Bootstrap(resamples: 0)).evaluate(gold: [gold.document], predictions: ["doc-1": predicted.document])
        #expect(report.corpus.mentionRelations.micro == RelationCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(report.corpus.mentionRelations.micro.scores == Scores(precision: 0.5, recall: 0.5))
        #expect(report.corpus.f1(of: .relations) == 0.5)
        #expect(report.corpus.mentionRelations.byType.keys.sorted() == ["meets", "part_of", "visited"])
        #expect(report.relationErrors(at: .mention).map(\.summary).sorted() == ["part_of('Samara Oblast' → 'Belarus')", "visited('Lukashenko' → 'Belarus')"])
        let context = report.relationErrors(at: .mention).first { $0.key.type == "visited" }?.context
        #expect(context == "[[Lukashenko]] met Putin in Minsk. [[Belarus]] and Russia’s Samara Oblast cooperate.")
    }
}
