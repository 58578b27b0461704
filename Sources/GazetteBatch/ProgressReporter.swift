import Foundation

/// A one-line progress display on stderr: records, MB/s, and percentage and time left when
/// the input's size is known. Redrawn at most twice a second.
public final class ProgressReporter {
    private let totalBytes: Int64?
    private let started = Date()
    private var lastDraw = Date.distantPast
    /// Where the display goes: stderr, or a test's collector.
    private let display: (String) -> Void

    /// - Parameter totalBytes: the input's size, when known, for the percentage and time left.
    public init(totalBytes: Int64?, display: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.totalBytes = totalBytes
        self.display = display
    }

    /// Shown when stderr is a terminal, or when asked for.
    public static func isWanted(forced: Bool) -> Bool { forced || isatty(STDERR_FILENO) == 1 }

    public func update(records: Int, textBytes: Int, consumedBytes: Int64, force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.5 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(started), 0.001)
        var line = String(format: "\r%d records  %.1f MB/s", records, Double(textBytes) / 1e6 / seconds)
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(consumedBytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            let remaining = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
            line += String(format: "  [%@%@] %5.1f%%  %@ left", String(repeating: "#", count: filled),
                           String(repeating: ".", count: width - filled), fraction * 100, Self.duration(remaining))
        }
        display(line + "\u{1B}[K")
    }

    public func finish() { display("\n") }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600 ? String(format: "%dh%02dm", total / 3600, total % 3600 / 60) : String(format: "%dm%02ds", total / 60, total % 60)
    }
}
