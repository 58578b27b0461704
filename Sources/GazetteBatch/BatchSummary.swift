import Foundation

/// Counts for the summary line on stderr.
public struct BatchSummary: Sendable, Equatable, CustomStringConvertible {
    public var read = 0
    public var written = 0
    public var failed = 0
    public var resumed = 0
    public var bytes = 0
    public var seconds = 0.0

    public init() {}

    public var description: String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        let resumedNote = resumed > 0 ? " (resumed after \(resumed) records done before)" : ""
        return "\(read) records read, \(written) written, \(failed) failed\(resumedNote), "
            + String(format: "%.2f MB in %.2f s (%.2f MB/s)", megabytes, seconds, rate)
    }
}
