import CICUBridge

/// The one Swift file that talks to ICU (through the plain-C `CICUBridge`).
///
/// Everything it returns is in UTF-16 code units, ICU's unit; `Segmenter` converts them to
/// code points. An instance wraps ICU iterators that are not thread-safe: use one per thread.
final class ICUBreaker {
    enum Failure: Error, CustomStringConvertible {
        case open(kind: String, code: Int32)
        case segment(code: Int32)

        var description: String {
            switch self {
            case let .open(kind, code): return "ICU could not open a \(kind) break iterator (error \(code))"
            case let .segment(code): return "ICU segmentation failed (error \(code))"
            }
        }
    }

    /// A word segment: UTF-16 offsets `start..<end` and ICU's rule status (see `wordStatusLimits`).
    typealias WordSegment = GZWordSegment

    /// Word segment classes, from ICU's rule status of the segment.
    enum WordClass {
        case none, number, letter
    }

    private let word: OpaquePointer
    private let sentence: OpaquePointer
    private var boundaryBuffer: [Int32] = []
    private var statusBuffer: [Int32] = []
    private var segmentBuffer: [WordSegment] = []
    private let noneLimit = gz_word_status_none_limit()
    private let numberLimit = gz_word_status_number_limit()

    init(locale: String = "en_US@ss=standard") throws {
        var code: Int32 = 0
        guard let word = gz_break_open(GZBreakKindWord, locale, &code) else {
            throw Failure.open(kind: "word", code: code)
        }
        guard let sentence = gz_break_open(GZBreakKindSentence, locale, &code) else {
            gz_break_close(word)
            throw Failure.open(kind: "sentence", code: code)
        }
        self.word = word
        self.sentence = sentence
    }

    deinit {
        gz_break_close(word)
        gz_break_close(sentence)
    }

    static var icuVersion: String { String(cString: gz_icu_version()) }

    /// Calls `body` with each word-break segment `(start, end, class)` in UTF-16 units.
    func forEachWordSegment(_ units: [UInt16], _ body: (Int, Int, WordClass) -> Void) throws {
        try withWordBoundaries(units) { boundaries, statuses in
            var previous = 0
            for index in boundaries.indices.dropFirst() {
                let boundary = Int(boundaries[index])
                let status = statuses[index]
                let wordClass: WordClass = status < noneLimit ? .none : (status < numberLimit ? .number : .letter)
                body(previous, boundary, wordClass)
                previous = boundary
            }
        }
    }

    /// The rule-status limits of word segments: below `none`, spaces and punctuation; below
    /// `number`, numbers; letters above.
    var wordStatusLimits: (none: Int32, number: Int32) { (noneLimit, numberLimit) }

    /// Calls `body` with the word-break boundaries of `units` (from 0 to `units.count`) and,
    /// at the same index, the rule status of the segment that ends at each. The buffers are
    /// valid during the call only.
    func withWordBoundaries<Result>(
        _ units: [UInt16], _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) throws -> Result
    ) throws -> Result {
        let count = try segment(word, units, withStatus: true)
        return try boundaryBuffer.withUnsafeBufferPointer { boundaries in
            try statusBuffer.withUnsafeBufferPointer { statuses in
                try body(UnsafeBufferPointer(rebasing: boundaries[..<count]), UnsafeBufferPointer(rebasing: statuses[..<count]))
            }
        }
    }

    /// Calls `body` with the word segments of `units` but those that are a single space
    /// (U+0020): a gap between two segments is one such space. The buffer is valid during the
    /// call only.
    func withWordSegmentsSkippingSingleSpaces<Result>(
        _ units: UnsafeBufferPointer<UInt16>, _ body: (UnsafeBufferPointer<WordSegment>) throws -> Result
    ) throws -> Result {
        if segmentBuffer.count < max(units.count, 1) {  // never empty: the bridge wants a buffer
            segmentBuffer = [WordSegment](repeating: WordSegment(), count: max(units.count, 2 * segmentBuffer.count, 1))
        }
        let count = segmentBuffer.withUnsafeMutableBufferPointer { segments in
            gz_break_word_segments(word, units.baseAddress, Int32(units.count), segments.baseAddress, Int32(segments.count))
        }
        guard count >= 0 else { throw Failure.segment(code: -count) }
        return try segmentBuffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<Int(count)])) }
    }

    /// The sentence boundaries in UTF-16 units, from 0 to `units.count`.
    func sentenceBoundaries(_ units: [UInt16]) throws -> [Int] {
        try withSentenceBoundaries(units) { $0.map { Int($0) } }
    }

    /// Calls `body` with the sentence boundaries of `units`, from 0 to `units.count`; the
    /// buffer is valid during the call only.
    func withSentenceBoundaries<Result>(_ units: [UInt16], _ body: (UnsafeBufferPointer<Int32>) throws -> Result) throws -> Result {
        try units.withUnsafeBufferPointer { units in try withSentenceBoundaries(units) { try body(UnsafeBufferPointer($0)) } }
    }

    /// The same for a text in a buffer; `body` may change the boundaries in place.
    func withSentenceBoundaries<Result>(
        _ units: UnsafeBufferPointer<UInt16>, _ body: (UnsafeMutableBufferPointer<Int32>) throws -> Result
    ) throws -> Result {
        let count = try segment(sentence, units, withStatus: false)
        return try boundaryBuffer.withUnsafeMutableBufferPointer { try body(UnsafeMutableBufferPointer(rebasing: $0[..<count])) }
    }

    private func segment(_ iterator: OpaquePointer, _ units: [UInt16], withStatus: Bool) throws -> Int {
        try units.withUnsafeBufferPointer { try segment(iterator, $0, withStatus: withStatus) }
    }

    private func segment(_ iterator: OpaquePointer, _ text: UnsafeBufferPointer<UInt16>, withStatus: Bool) throws -> Int {
        let capacity = text.count + 1
        if boundaryBuffer.count < capacity {
            boundaryBuffer = [Int32](repeating: 0, count: capacity)
            statusBuffer = [Int32](repeating: 0, count: capacity)
        }
        let count = boundaryBuffer.withUnsafeMutableBufferPointer { boundaries in
            statusBuffer.withUnsafeMutableBufferPointer { statuses in
                gz_break_segment(
                    iterator, text.baseAddress, Int32(text.count),
                    boundaries.baseAddress, withStatus ? statuses.baseAddress : nil, Int32(capacity))
            }
        }
        guard count >= 0 else { throw Failure.segment(code: -count) }
        return Int(count)
    }
}
