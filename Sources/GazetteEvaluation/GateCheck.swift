/// The outcome of one `--min-f1` threshold.
public struct GateCheck: Sendable, Equatable {
    public var threshold: F1Threshold
    public var value: Double

    /// Differences below this are taken as rounding in the F1 arithmetic, so that a figure
    /// printed as 0.9000 passes `=0.9`.
    public static let tolerance = 1e-9

    public init(threshold: F1Threshold, value: Double) {
        self.threshold = threshold
        self.value = value
    }

    public var passed: Bool { value + Self.tolerance >= threshold.minimum }

    /// How far the figure fell below its minimum (0 when it passed).
    public var shortfall: Double { passed ? 0 : threshold.minimum - value }

    /// "entities strict micro-F1 0.8123 is below 0.9000 by 0.0877" or "… 0.9500 ≥ 0.9000".
    public var message: String {
        let name = threshold.figureName, key = threshold.key
        if passed { return "\(name) (\(key)) \(value.fourPlaces) ≥ \(threshold.minimum.fourPlaces)" }
        return "\(name) (\(key)) \(value.fourPlaces) is below \(threshold.minimum.fourPlaces) by \(shortfall.fourPlaces)"
    }
}
