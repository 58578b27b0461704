import Foundation
import GazetteLexicon

/// The `RelationLexicon` of the lexicons an extractor last ran with: built on the first
/// document, shared by every thread after. An extractor is normally used with one
/// `Lexicons`; another one replaces the table.
final class RelationLexiconCache: @unchecked Sendable {
    // Guarded by `lock`.
    private var cached: RelationLexicon?
    private let lock = NSLock()

    init() {}

    func lexicon(for lexicons: Lexicons) -> RelationLexicon {
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.lexicons === lexicons { return cached }
        let built = RelationLexicon(lexicons: lexicons)
        cached = built
        return built
    }
}
