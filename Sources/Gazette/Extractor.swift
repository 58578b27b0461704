import Foundation

/// The extraction pipeline: named stages run in order on each article.
///
/// 1. `segment`: ICU sentences and tokens, code-point offsets, date marker;
/// 2. `recognize`: lexicon and pattern rules, one overlap policy, short-form links and
///    canonical names;
/// 3. `relate`: relation rules within each sentence.
///
/// An `Extractor` is immutable and `Sendable`: load the lexicons once and share it across
/// threads. Each thread gets its own ICU segmenter (ICU iterators are not thread-safe).
public final class Extractor: Sendable {
    public static let stageNames = ["segment", "recognize", "relate"]

    public let lexicons: Lexicons
    public let recognizer: Recognizer
    public let relationExtractor: RelationExtractor
    /// This extractor's key in each thread's dictionary. Unique for the process's lifetime
    /// (an object address is not: a new extractor at a freed one's address would inherit
    /// its segmenter, with the old lexicons' abbreviations), and built once, not per text.
    /// (An immutable NSString, safe to share; Foundation does not mark it Sendable.)
    nonisolated(unsafe) private let segmenterKey = NSString(string: "gazette.segmenter." + UUID().uuidString)

    public init(lexicons: Lexicons, recognizer: Recognizer = Recognizer(), relationExtractor: RelationExtractor = RelationExtractor()) {
        self.lexicons = lexicons
        self.recognizer = recognizer
        self.relationExtractor = relationExtractor
    }

    /// Loads the lexicons from `directory` (or finds them, see `LexiconLoader.locate`).
    public convenience init(lexiconDirectory directory: String? = nil) throws {
        let located = try LexiconLoader.locate(explicit: directory)
        self.init(lexicons: try LexiconLoader.load(directory: located))
    }

    /// Runs the pipeline on one text.
    public func extract(_ text: String) throws -> Extraction {
        try extract(text, segmenter: threadSegmenter())
    }

    /// Runs the pipeline on one text with `segmenter`, which this thread got from this
    /// extractor's `threadSegmenter()`: a loop over many texts on one thread looks its
    /// segmenter up once rather than per text (a thread-dictionary lookup is thousands of
    /// instructions).
    public func extract(_ text: String, segmenter: Segmenter) throws -> Extraction {
        let segmented = try segmenter.segment(text)
        let context = RecognitionContext(text: segmented, lexicons: lexicons)
        let mentions = recognizer.recognize(context)
        let relations = relationExtractor.extract(from: mentions, context: context)
        return Extraction(text: segmented, mentions: mentions, relations: relations)
    }

    /// This thread's segmenter for this extractor's lexicons, created on first use. Use it
    /// on this thread only (ICU iterators are not thread-safe).
    public func threadSegmenter() throws -> Segmenter {
        let threadDictionary = Thread.current.threadDictionary
        if let existing = threadDictionary.object(forKey: segmenterKey) as? Segmenter { return existing }
        let created = try Segmenter(options: lexicons.segmentationOptions)
        threadDictionary.setObject(created, forKey: segmenterKey)
        return created
    }
}
