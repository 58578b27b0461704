import Foundation
import Testing

@testable import GazetteBatch

@Suite("ProgressReporter: records, MB/s, percentage and time left")
struct ProgressReporterTests {
    /// Collects what the reporter draws.
    private final class Screen: @unchecked Sendable {
        var drawn: [String] = []
    }

    @Test("With a known input size the line shows the bar, the percentage and the time left")
    func knownSize() {
        let screen = Screen()
        let reporter = ProgressReporter(totalBytes: 1000) { screen.drawn.append($0) }
        reporter.update(records: 12, textBytes: 400, consumedBytes: 250, force: true)
        reporter.finish()
        #expect(screen.drawn.count == 2)
        let line = screen.drawn[0]
        #expect(line.hasPrefix("\r12 records  "))
        #expect(line.contains(" MB/s  [######..................]  25.0%  "))
        #expect(line.hasSuffix(" left\u{1B}[K"))
        #expect(screen.drawn[1] == "\n")
    }

    @Test("Without an input size (stdin) the line has records and MB/s only")
    func unknownSize() {
        let screen = Screen()
        let reporter = ProgressReporter(totalBytes: nil) { screen.drawn.append($0) }
        reporter.update(records: 3, textBytes: 10, consumedBytes: 10, force: true)
        #expect(screen.drawn.count == 1)
        #expect(!screen.drawn[0].contains("%"))
        #expect(!screen.drawn[0].contains("left"))
    }

    @Test("Redrawn at most twice a second unless forced")
    func throttled() {
        let screen = Screen()
        let reporter = ProgressReporter(totalBytes: 100) { screen.drawn.append($0) }
        reporter.update(records: 1, textBytes: 1, consumedBytes: 1)
        reporter.update(records: 2, textBytes: 2, consumedBytes: 2)
        reporter.update(records: 3, textBytes: 3, consumedBytes: 3, force: true)
        #expect(screen.drawn.count == 2)
        #expect(screen.drawn[1].hasPrefix("\r3 records"))
    }

    @Test("Time left reads as minutes and seconds, or hours and minutes")
    func durations() {
        #expect(ProgressReporter.duration(0) == "0m00s")
        #expect(ProgressReporter.duration(65.4) == "1m05s")
        #expect(ProgressReporter.duration(3725) == "1h02m")
    }
}
