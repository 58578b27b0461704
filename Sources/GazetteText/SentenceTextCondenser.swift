/// Shortens a text for ICU's sentence iterator without changing where it breaks, so the
/// iterator (which costs tens of instructions per character) reads about half as much.
///
/// The token builder offers each word that is a run of three or more ASCII letters; the run
/// becomes its first letter, plus its last one when that differs in case ("Belarus" → "Bs",
/// "trucks" → "t", "OJSC" → "O"), unless a neighbouring unit is a letter, a period or not
/// ASCII. Why the sentence boundaries stay the same (UAX #29 sentence rules as ICU
/// implements them, and the `ss=` abbreviation filter):
/// - no rule breaks between two letters (SB998), so no boundary falls inside a run;
/// - no rule has a letter anywhere but at its start or end, so what the iterator carries
///   past a letter depends on that letter's class (Upper, Lower) alone: after the run's
///   first letter, further letters of one class change nothing, and the last letter
///   restores the run's final class;
/// - the rules that look across letters see only the letter next to a terminator (SB7
///   `Upper|Lower ATerm × Upper`) or the first letter after one (SB8 `… × … Lower`): first
///   and last letters stay;
/// - the abbreviation filter (`en@ss=standard`: "Mr.", "U.S.", "Ph.D.", at most 8 letters
///   and periods, no spaces) reads only the letters and periods touching the period before
///   a break, and one space: runs next to a period are kept whole.
/// `SegmentationFastPathTests` checks the boundaries against the full text's on fixtures
/// and generated hostile text.
///
/// Offsets map back through anchors: a (condensed, original) offset pair after each
/// shortened run; between anchors the texts agree unit for unit.
struct SentenceTextCondenser {
    /// The condensed text is `units[0..<count]` (the storage is reused from text to text).
    private var units: [UInt16] = []
    private(set) var count = 0
    /// Anchor `i` is `(anchors[2i], anchors[2i + 1])`: condensed and original offset.
    private var anchors: [Int32] = []
    private var anchorCount = 0

    /// Runs shorter than this are kept as they are.
    static let minimumRun = 3

    /// Writes the condensed text of `text` as the builder offers runs (see `Writer`).
    mutating func condense<Result>(_ text: UnsafeBufferPointer<UInt16>, maximumRuns: Int, _ body: (inout Writer) -> Result) -> Result {
        if units.count < text.count { units = [UInt16](repeating: 0, count: max(text.count, 2 * units.count)) }
        if anchors.count < 2 * maximumRuns { anchors = [Int32](repeating: 0, count: max(2 * maximumRuns, 2 * anchors.count)) }
        var written = 0, anchorCount = 0
        let result = units.withUnsafeMutableBufferPointer { target in
            anchors.withUnsafeMutableBufferPointer { anchors in
                var writer = Writer(text: text, target: target, anchors: anchors)
                let result = body(&writer)
                writer.finish()
                written = writer.written
                anchorCount = writer.anchorCount
                return result
            }
        }
        count = written
        self.anchorCount = anchorCount
        return result
    }

    /// Calls `body` with the condensed text of the last `condense`.
    func withCondensedText<Result>(_ body: (UnsafeBufferPointer<UInt16>) throws -> Result) rethrows -> Result {
        try units.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// Maps ascending boundaries in the condensed text (none inside a shortened run) to
    /// offsets in the original text, in place.
    func mapToOriginal(_ boundaries: UnsafeMutableBufferPointer<Int32>) {
        anchors.withUnsafeBufferPointer { anchors in
            var anchor = -1  // the last anchor at or before the boundary
            var condensedBase: Int32 = 0, originalBase: Int32 = 0
            for index in boundaries.indices {
                let boundary = boundaries[index]
                while anchor + 1 < anchorCount, anchors[2 * (anchor + 1)] <= boundary {
                    anchor += 1
                    condensedBase = anchors[2 * anchor]
                    originalBase = anchors[2 * anchor + 1]
                }
                boundaries[index] = originalBase + (boundary - condensedBase)
            }
        }
    }

    /// Copies the text through, shortening the runs offered.
    struct Writer {
        private let text: UnsafeBufferPointer<UInt16>
        private let target: UnsafeMutableBufferPointer<UInt16>
        private let anchors: UnsafeMutableBufferPointer<Int32>
        /// `text[..<copied]` is written.
        private var copied = 0
        private(set) var written = 0
        private(set) var anchorCount = 0

        fileprivate init(text: UnsafeBufferPointer<UInt16>, target: UnsafeMutableBufferPointer<UInt16>, anchors: UnsafeMutableBufferPointer<Int32>) {
            self.text = text
            self.target = target
            self.anchors = anchors
        }

        /// `text[start..<end]`, all ASCII letters, after every earlier offer: shortened if
        /// it is long enough and its neighbours allow (see the type's comment).
        @inline(__always)
        mutating func offerLetterRun(start: Int, end: Int) {
            assert(start >= copied && end <= text.count, "runs out of order")
            guard end - start >= SentenceTextCondenser.minimumRun, anchorCount < anchors.count / 2,
                  start == 0 || Self.allowsShortening(text[start - 1]),
                  end == text.count || Self.allowsShortening(text[end])
            else { return }
            copy(upTo: start)
            let first = text[start], last = text[end - 1]
            target[written] = first
            written += 1
            if (first &- 0x41 < 26) != (last &- 0x41 < 26) {
                target[written] = last
                written += 1
            }
            copied = end
            anchors[2 * anchorCount] = Int32(truncatingIfNeeded: written)
            anchors[2 * anchorCount + 1] = Int32(truncatingIfNeeded: end)
            anchorCount += 1
        }

        fileprivate mutating func finish() { copy(upTo: text.count) }

        @inline(__always)
        private mutating func copy(upTo end: Int) {
            var index = copied
            while index < end {
                target[written] = text[index]
                written += 1
                index += 1
            }
            copied = end
        }

        /// ASCII, not a letter, not a period.
        @inline(__always)
        private static func allowsShortening(_ unit: UInt16) -> Bool {
            unit < 0x80 && unit != 0x2E && (unit | 0x20) &- 0x61 >= 26
        }
    }
}
