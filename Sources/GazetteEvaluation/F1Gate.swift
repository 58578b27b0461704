/// The `--min-f1` thresholds a run must reach, e.g. `entities=0.9,relations=0.7`.
public struct F1Gate: Sendable, Equatable {
    /// A threshold that could not be read, with the reason.
    public struct SpecificationError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    public var thresholds: [F1Threshold]

    public init(thresholds: [F1Threshold] = []) { self.thresholds = thresholds }

    /// Reads comma-separated `key=value` pairs, from one or more option values.
    public init(parsing specifications: [String]) throws(SpecificationError) {
        var thresholds: [F1Threshold] = []
        for specification in specifications {
            for pair in specification.split(separator: ",", omittingEmptySubsequences: true) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                    String($0).trimming(" ")
                }
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw SpecificationError(description: "--min-f1: '\(pair)' is not KEY=VALUE (e.g. entities=0.9)")
                }
                let key = parts[0]
                guard F1Threshold.validKeys.contains(key) else {
                    throw SpecificationError(description: "--min-f1: unknown key '\(key)' (expected one of \(F1Threshold.validKeys.joined(separator: ", ")))")
                }
                guard let minimum = Double(parts[1]), minimum >= 0, minimum <= 1 else {
                    throw SpecificationError(description: "--min-f1: value '\(parts[1])' of \(key) is not a number from 0 to 1")
                }
                guard !thresholds.contains(where: { $0.key == key }) else {
                    throw SpecificationError(description: "--min-f1: \(key) is given twice")
                }
                thresholds.append(F1Threshold(key: key, minimum: minimum))
            }
        }
        self.thresholds = thresholds
    }

    public var isEmpty: Bool { thresholds.isEmpty }

    /// One check per threshold, in the order given.
    public func check(_ score: CorpusScore) -> [GateCheck] {
        thresholds.map { GateCheck(threshold: $0, value: $0.value(in: score)) }
    }
}

extension String {
    /// Without the given character at either end (no Foundation needed).
    fileprivate func trimming(_ character: Character) -> String {
        var trimmed = Substring(self)
        while trimmed.first == character { trimmed.removeFirst() }
        while trimmed.last == character { trimmed.removeLast() }
        return String(trimmed)
    }
}
