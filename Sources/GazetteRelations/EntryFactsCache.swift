import Foundation
import GazetteLexicon

/// The `EntryFactsTable` of the lexicons an extractor last ran with: built on the first
/// document, shared by every thread after. An extractor is normally used with one
/// `Lexicons`; another one replaces the table.
final class EntryFactsCache: @unchecked Sendable {
    // Guarded by `lock`.
    private var table: EntryFactsTable?
    private let lock = NSLock()

    init() {}

    func table(for lexicons: Lexicons) -> EntryFactsTable {
        lock.lock()
        defer { lock.unlock() }
        if let table, table.lexicons === lexicons { return table }
        let built = EntryFactsTable(lexicons: lexicons)
        table = built
        return built
    }
}
