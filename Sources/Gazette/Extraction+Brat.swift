extension Extraction {
    /// The article's annotations in brat standoff form: the contents of `NAME.ann` beside a
    /// `NAME.txt` that holds the article text exactly (`text.text`).
    ///
    /// - `T1<TAB>TYPE START END<TAB>text` per mention, ids as in the JSON-lines record;
    ///   offsets are code points, end exclusive, as brat (a Python application) counts them
    ///   and as `GazetteEvaluation.BratReader` reads them back.
    /// - `R1<TAB>type Arg1:T… Arg2:T…` per relation, head first.
    /// - With provenance, `#N<TAB>AnnotatorNotes T…<TAB>…` notes naming the canonical name,
    ///   rule and lexicon entry of each mention and the rule and trigger of each relation
    ///   (brat shows them as comments; scorers ignore them).
    ///
    /// A mention that crosses a line break cannot be written on one `.ann` line; it is
    /// written as brat itself writes such spans, as fragments (`START END;START END`)
    /// split at the line breaks.
    public func bratAnnotations(options: OutputOptions = OutputOptions()) -> String {
        var lines: [String] = []
        lines.reserveCapacity(mentions.count * 2 + relations.count * 2)
        for (index, mention) in mentions.enumerated() {
            let covered = text(of: mention)
            let fragments = Self.bratFragments(of: covered, start: mention.span.start)
            let offsets = fragments.map { "\($0.start) \($0.end)" }.joined(separator: ";")
            let fragmentTexts = fragments.map(\.text).joined(separator: " ")
            lines.append("T\(index + 1)\t\(mention.type.rawValue) \(offsets)\t\(fragmentTexts)")
        }
        for (index, relation) in relations.enumerated() {
            lines.append("R\(index + 1)\t\(relation.type.rawValue) Arg1:T\(relation.head + 1) Arg2:T\(relation.tail + 1)")
        }
        if options.includeProvenance {
            var note = 0
            for (index, mention) in mentions.enumerated() {
                note += 1
                var parts = ["canonical: \(mention.canonical ?? text(of: mention))", "rule: \(mention.provenance.rule)"]
                if let entry = mention.provenance.entry { parts.append("lexicon_id: \(entry)") }
                lines.append("#\(note)\tAnnotatorNotes T\(index + 1)\t\(Self.oneLine(parts.joined(separator: "; ")))")
            }
            for (index, relation) in relations.enumerated() {
                note += 1
                var parts = ["rule: \(relation.rule)"]
                if let trigger = relation.trigger, let span = relation.triggerSpan {
                    parts.append("trigger: \(trigger) [\(span.start), \(span.end))")
                }
                lines.append("#\(note)\tAnnotatorNotes R\(index + 1)\t\(Self.oneLine(parts.joined(separator: "; ")))")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// brat's `annotation.conf` for Gazette's types (ANNOTATION.md §1 and §2), so that a
    /// folder of exported articles opens in brat with its types declared.
    public static let bratConfiguration = """
        # Gazette's entity and relation types (ANNOTATION.md).
        [entities]
        PERSON
        REGION
        ENTERPRISE
        PRODUCT

        [relations]
        leader_of\tArg1:PERSON, Arg2:REGION|ENTERPRISE
        part_of\tArg1:REGION, Arg2:REGION
        located_in\tArg1:ENTERPRISE, Arg2:REGION
        produces\tArg1:ENTERPRISE|REGION, Arg2:PRODUCT
        meets\tArg1:PERSON, Arg2:PERSON
        visited\tArg1:PERSON, Arg2:REGION
        cooperates_with\tArg1:REGION|ENTERPRISE, Arg2:REGION|ENTERPRISE

        [events]

        [attributes]

        """

    /// Characters that end a line of a `.ann` file for some reader.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The pieces of a mention's text between line breaks, with their code-point offsets;
    /// one piece (the whole mention) when it holds no line break.
    static func bratFragments(of covered: String, start: Int) -> [(start: Int, end: Int, text: String)] {
        guard covered.unicodeScalars.contains(where: isLineBreak) else {
            return [(start, start + covered.unicodeScalars.count, covered)]
        }
        var fragments: [(start: Int, end: Int, text: String)] = []
        var current = String.UnicodeScalarView()
        var offset = start, fragmentStart = start
        for scalar in covered.unicodeScalars {
            if isLineBreak(scalar) {
                if !current.isEmpty { fragments.append((fragmentStart, offset, String(current))) }
                current = String.UnicodeScalarView()
                fragmentStart = offset + 1
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        if !current.isEmpty { fragments.append((fragmentStart, offset, String(current))) }
        return fragments
    }

    /// A note's text on one line: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(isLineBreak(scalar) || scalar == "\t" ? " " : scalar)
        }
        return String(view)
    }
}
