import Gazette

/// Runs the pipeline on a sentence with the inline test lexicon and renders what it
/// found compactly, so tests read as examples: "REGION:Samara Oblast".
public struct RecognitionProbe {
    public let extractor: Extractor

    public init(lexiconLines: [String] = InlineLexicon.lines) throws {
        extractor = Extractor(lexicons: try TestSupport.lexicons(lexiconLines))
    }

    /// A probe over any extractor, e.g. `TestSupport.shippedExtractor()` for rules that read
    /// cue lists the inline lexicon does not carry.
    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// "TYPE:text" for every mention.
    public func mentions(_ text: String) throws -> [String] {
        let extraction = try extractor.extract(text)
        return extraction.mentions.map { "\($0.type.rawValue):\(extraction.text(of: $0))" }
    }

    /// "TYPE:text@rule" for every mention.
    public func mentionsWithRules(_ text: String) throws -> [String] {
        let extraction = try extractor.extract(text)
        return extraction.mentions.map { "\($0.type.rawValue):\(extraction.text(of: $0))@\($0.provenance.rule)" }
    }

    /// "type(head text, tail text)" for every relation.
    public func relations(_ text: String) throws -> [String] {
        let extraction = try extractor.extract(text)
        return extraction.relations.map {
            "\($0.type.rawValue)(\(extraction.text(of: extraction.mentions[$0.head])), \(extraction.text(of: extraction.mentions[$0.tail])))"
        }
    }
}
