import Foundation

extension Double {
    /// Four decimal places, the precision reports print figures at ("0.8123").
    public var fourPlaces: String { String(format: "%.4f", self) }

    /// Three decimal places, for compact table cells.
    public var threePlaces: String { String(format: "%.3f", self) }
}
