/// Bootstrap confidence intervals over documents: the documents are resampled with
/// replacement `resamples` times, each headline F1 is recomputed from the summed counts of
/// the sample, and the 2.5th and 97.5th percentiles of those values bound the interval.
/// Documents, not mentions, are resampled because mentions of one article are not
/// independent.
public struct Bootstrap: Sendable {
    public var resamples: Int
    public var seed: UInt64
    /// Two-sided coverage of the interval.
    public var confidence: Double

    public static let defaultResamples = 1000
    public static let defaultSeed: UInt64 = 2013

    public init(resamples: Int = defaultResamples, seed: UInt64 = defaultSeed, confidence: Double = 0.95) {
        self.resamples = resamples
        self.seed = seed
        self.confidence = confidence
    }

    /// One interval per headline figure; none when there are no documents or no resamples.
    public func intervals(for documents: [DocumentScore]) -> [HeadlineFigure: ConfidenceInterval] {
        guard !documents.isEmpty, resamples > 0 else { return [:] }
        let strict = documents.map(\.entities.strict)
        let mention = documents.map { $0.mentionRelations.counts }
        let document = documents.map { $0.documentRelations.counts }
        var generator = SplitMix64(seed: seed)
        var values: [HeadlineFigure: [Double]] = [:]
        for _ in 0..<resamples {
            var sampleStrict = EntityCounts()
            var sampleMention = RelationCounts()
            var sampleDocument = RelationCounts()
            for _ in documents.indices {
                let pick = generator.next(below: documents.count)
                sampleStrict += strict[pick]
                sampleMention += mention[pick]
                sampleDocument += document[pick]
            }
            values[.entities, default: []].append(sampleStrict.scores(in: .strict).f1)
            values[.relations, default: []].append(sampleMention.scores.f1)
            values[.relationsDocument, default: []].append(sampleDocument.scores.f1)
        }
        return values.mapValues(percentileInterval)
    }

    /// Nearest-rank percentiles of the sorted values: with 1000 resamples at 95%, the 26th
    /// and the 975th smallest.
    func percentileInterval(_ values: [Double]) -> ConfidenceInterval {
        let sorted = values.sorted()
        let tail = (1 - confidence) / 2
        let lowerIndex = min(sorted.count - 1, max(0, Int((tail * Double(sorted.count)).rounded(.down))))
        let upperIndex = min(sorted.count - 1, max(0, Int(((1 - tail) * Double(sorted.count)).rounded(.up)) - 1))
        return ConfidenceInterval(lower: sorted[lowerIndex], upper: sorted[upperIndex])
    }
}
