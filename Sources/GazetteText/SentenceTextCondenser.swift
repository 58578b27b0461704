/// Shortens a text for ICU's sentence iterator without changing where it breaks, so the
/// iterator (which costs tens of instructions per character) reads a fraction of it.
///
/// The token builder offers each word that is a run of ASCII letters. Runs whose neighbours
/// are ASCII, neither letters nor periods, are chained while the text between two of them
/// is plain ASCII ("ordinary" for the sentence rules: spaces, digits, letters, commas, hyphens,
/// colons and symbols; no terminator `.!?`, no closing punctuation `"'()[]{}`, no control
/// character). A chain becomes its first letter, plus its last letter when that differs in
/// case ("Belarus ships 20 trucks to Tatarstan" → "Bn", "said OJSC" → "sC"). Why the
/// sentence boundaries stay the same (UAX #29 sentence rules as ICU implements them, and the
/// `ss=` abbreviation filter):
/// - breaks fall only after a terminator or a paragraph separator, so none falls inside a
///   chain, which starts with a letter and holds neither;
/// - a rule that starts inside a chain ends at the next character that is not a space or
///   closing punctuation (SB998), or needs a terminator (SB7), so none is pending past the
///   chain's last letter but those that start at that letter: what the iterator carries past
///   the chain depends on the class (Upper, Lower) of its last letter alone, which is kept;
/// - the rules that look into a chain from a terminator see only its first letter (SB7
///   `… ATerm × Upper`, SB8 `… × … Lower`), which is kept;
/// - the abbreviation filter (`en@ss=standard`: "Mr.", "U.S.", "Ph.D.", at most 8 letters
///   and periods, no spaces) reads only the letters and periods touching the period before
///   a break, and one space: runs next to a period are never chained.
/// `SentenceCondensingTests` checks the boundaries against the full text's on fixtures and
/// generated hostile text.
///
/// Offsets map back through anchors: a (condensed, original) offset pair after each
/// shortened chain; between anchors the texts agree unit for unit.
struct SentenceTextCondenser {
    /// The condensed text is `units[0..<count]` (the storage is reused from text to text).
    private var units: [UInt16] = []
    private(set) var count = 0
    /// Anchor `i` is `(anchors[2i], anchors[2i + 1])`: condensed and original offset.
    private var anchors: [Int32] = []
    private var anchorCount = 0

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

        /// Where the chain being built starts (its first letter), or -1; it ends at `chainEnd`.
        private var chainStart = -1
        private var chainEnd = 0

        /// `text[start..<end]`, all ASCII letters, after every earlier offer: chained (see
        /// the type's comment) if its neighbours allow.
        @inline(__always)
        mutating func offerLetterRun(start: Int, end: Int) {
            assert(start >= chainEnd && start >= copied && end <= text.count, "runs out of order")
            // The common case first: one space after the chain's last run. The space allows
            // chaining and links the chain, so only the right neighbour decides.
            if chainStart >= 0, start == chainEnd &+ 1, text[chainEnd] == 0x20 {
                if end == text.count || Self.allowsChaining(text[end]) { chainEnd = end }
                return
            }
            guard start == 0 || Self.allowsChaining(text[start - 1]), end == text.count || Self.allowsChaining(text[end]) else {
                return
            }
            if chainStart >= 0, linksChain(to: start) {
                chainEnd = end
                return
            }
            closeChain()
            chainStart = start
            chainEnd = end
        }

        /// Whether the text from the chain's end to `start` is ordinary ASCII.
        @inline(__always)
        private func linksChain(to start: Int) -> Bool {
            var index = chainEnd
            while index < start {
                let unit = text[index]
                guard unit < 0x80, (unit < 0x40 ? Self.ordinaryLow : Self.ordinaryHigh) & (1 << UInt64(unit & 63)) != 0 else { return false }
                index += 1
            }
            return true
        }

        /// Writes the chain being built, shortened.
        private mutating func closeChain() {
            guard chainStart >= 0 else { return }
            let start = chainStart, end = chainEnd
            chainStart = -1
            let first = text[start], last = text[end - 1]
            let keepsLast = (first &- 0x41 < 26) != (last &- 0x41 < 26)
            guard end - start > (keepsLast ? 2 : 1), anchorCount < anchors.count / 2 else { return }
            copy(upTo: start)
            target[written] = first
            written += 1
            if keepsLast {
                target[written] = last
                written += 1
            }
            copied = end
            anchors[2 * anchorCount] = Int32(truncatingIfNeeded: written)
            anchors[2 * anchorCount + 1] = Int32(truncatingIfNeeded: end)
            anchorCount += 1
        }

        fileprivate mutating func finish() {
            closeChain()
            copy(upTo: text.count)
        }

        /// Copies `text[copied..<end]` through, in one block move (the stretches between
        /// chains run to tens of units).
        @inline(__always)
        private mutating func copy(upTo end: Int) {
            let count = end &- copied
            if count > 0, let source = text.baseAddress, let destination = target.baseAddress {
                assert(copied >= 0 && end <= text.count && written + count <= target.count, "copy out of bounds")
                (destination + written).update(from: source + copied, count: count)
                written &+= count
            }
            copied = end
        }

        /// ASCII, not a letter, not a period: a run next to it may be chained. One bit test
        /// (`chainingLow`, `chainingHigh`), not three comparisons.
        @inline(__always)
        static func allowsChaining(_ unit: UInt16) -> Bool {
            unit < 0x80 && (unit < 0x40 ? chainingLow : chainingHigh) & (1 &<< UInt64(unit & 63)) != 0
        }

        /// Bit `c` (of `chainingLow` for c < 64, of `chainingHigh` for the rest) is set for the
        /// ASCII characters but letters and the period (`SentenceCondensingTests` checks them).
        static let chainingLow: UInt64 = 0xFFFF_BFFF_FFFF_FFFF
        static let chainingHigh: UInt64 = 0xF800_0001_F800_0001

        /// Bit `c` (of `ordinaryLow` for c < 64, of `ordinaryHigh` for the rest) is set for the
        /// ASCII characters a chain may span: Sp (the space only), Upper, Lower, Numeric,
        /// SContinue and Other, but no control character; that is 0x20...0x7E but
        /// `!"'().?[]{}` (`SentenceCondensingTests` checks these constants).
        static let ordinaryLow: UInt64 = 0x7FFF_BC79_0000_0000
        static let ordinaryHigh: UInt64 = 0x57FF_FFFF_D7FF_FFFF
    }
}
