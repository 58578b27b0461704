import GazetteLexicon

/// What the relation stage derives from one `Lexicons`, once (see `RelationLexiconCache`):
/// each entry's `EntryFacts`, and the cue word of each vocabulary id.
final class RelationLexicon: Sendable {
    let lexicons: Lexicons
    private let entryFacts: [EntryFacts]
    /// By vocabulary id, `cue(ofWord:)`: stored as the optional it returns (one byte
    /// each), so asking is one load.
    private let cueByWordID: [CueWord??]
    private static let notACue: UInt8 = 0xFE
    private static let ambiguous: UInt8 = 0xFF

    init(lexicons: Lexicons) {
        self.lexicons = lexicons
        entryFacts = lexicons.entries.map(EntryFacts.init)
        assert(CueWord.allCases.count < Int(Self.notACue), "cue words fit below the markers")
        var cueByWordID = [UInt8?](repeating: nil, count: Int(lexicons.vocabulary.count))
        let cueWords = CueWordTable.shared
        lexicons.vocabulary.forEachKey { key, id in
            guard id >= 0, Int(id) < cueByWordID.count else { return }
            let code = cueWords.cue(of: key)?.rawValue ?? Self.notACue
            if let known = cueByWordID[Int(id)], known != code {
                cueByWordID[Int(id)] = Self.ambiguous
            } else {
                cueByWordID[Int(id)] = code
            }
        }
        // An id with no key (none is expected) decides nothing.
        self.cueByWordID = cueByWordID.map { code -> CueWord?? in
            switch code ?? Self.ambiguous {
            case Self.ambiguous: return nil
            case Self.notACue: return .some(nil)
            case let code: return .some(CueWord(rawValue: code))
            }
        }
    }

    @inline(__always)
    subscript(entryIndex: Int) -> EntryFacts { entryFacts[entryIndex] }

    /// The cue word of a token whose key has vocabulary id `id`, if the id alone decides it:
    /// `.some(nil)` for no cue word, nil when the key must be classified itself (unknown
    /// words, ambiguous ids).
    @inline(__always)
    func cue(ofWord id: Int32) -> CueWord?? {
        guard id >= 0, Int(id) < cueByWordID.count else { return nil }
        return cueByWordID[Int(id)]
    }
}
