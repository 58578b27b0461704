import GazetteIO

/// Output options of the JSON-lines record.
public struct OutputOptions: Sendable {
    /// Include the article text (default: yes, so output can be corrected into gold).
    public var includeText: Bool
    /// Include provenance fields (`rule`, `lexicon_id`, relation `rule` and `trigger`).
    public var includeProvenance: Bool

    public init(includeText: Bool = true, includeProvenance: Bool = true) {
        self.includeText = includeText
        self.includeProvenance = includeProvenance
    }
}

extension Extraction {
    /// The record in ANNOTATION.md §4 shape plus Gazette's fields: `date`, mention `rule`
    /// and `lexicon_id`, relation `rule`, `trigger` and its code-point offsets; input
    /// fields other than id and text are carried through after them.
    public func jsonLine(for record: ArticleRecord, options: OutputOptions = OutputOptions()) -> [UInt8] {
        var writer = JSONWriter(capacity: record.text.utf8.count + 256 * mentions.count + 64)
        writer.beginObject()
        writer.literalKey("id"); writer.string(record.id)
        if options.includeText { writer.literalKey("text"); writer.string(record.text) }
        if let date { writer.literalKey("date"); writer.string(date) }
        writer.literalKey("entities")
        writer.beginArray()
        for (index, mention) in mentions.enumerated() {
            writeEntity(mention, number: index + 1, includeProvenance: options.includeProvenance, into: &writer)
        }
        writer.endArray()
        writer.literalKey("relations")
        writer.beginArray()
        for (index, relation) in relations.enumerated() {
            writeRelation(relation, first: index == 0, includeProvenance: options.includeProvenance, into: &writer)
        }
        writer.endArray()
        for (name, value) in record.extraFields where !Self.reservedFields.contains(name) && !(name == "date" && date != nil) {
            writer.key(name)
            writer.value(value)
        }
        writer.endObject()
        return writer.bytes
    }

    /// `{"id":"T1","type":…,"start":…,"end":…,"text":…,"canonical":…,"rule":…,"lexicon_id":…}`,
    /// written as fragments (its shape is fixed), with the comma before all but the first.
    private func writeEntity(_ mention: Mention, number: Int, includeProvenance: Bool, into writer: inout JSONWriter) {
        writer.fragment(number == 1 ? #"{"id":"T"# : #",{"id":"T"#)
        writer.fragmentInt(number)
        writer.fragment(#"","type":"#)
        writer.fragmentString(mention.type.rawValue)
        writer.fragment(#","start":"#)
        writer.fragmentInt(mention.span.start)
        writer.fragment(#","end":"#)
        writer.fragmentInt(mention.span.end)
        let units = text.utf16[Int(text.tokens[mention.tokenRange.lowerBound].utf16Start)..<Int(text.tokens[mention.tokenRange.upperBound - 1].utf16End)]
        writer.fragment(#","text":"#)
        writer.fragmentString(utf16: units)
        writer.fragment(#","canonical":"#)
        if let canonical = mention.canonical { writer.fragmentString(canonical) } else { writer.fragmentString(utf16: units) }
        if includeProvenance {
            writer.fragment(#","rule":"#)
            writer.fragmentString(mention.provenance.rule)
            if let entry = mention.provenance.entry {
                writer.fragment(#","lexicon_id":"#)
                writer.fragmentString(entry)
            }
        }
        writer.fragment("}")
    }

    /// `{"type":…,"head":"T1","tail":"T2","rule":…,"trigger":…,"trigger_start":…,"trigger_end":…}`.
    private func writeRelation(_ relation: Relation, first: Bool, includeProvenance: Bool, into writer: inout JSONWriter) {
        writer.fragment(first ? #"{"type":"# : #",{"type":"#)
        writer.fragmentString(relation.type.rawValue)
        writer.fragment(#","head":"T"#)
        writer.fragmentInt(relation.head + 1)
        writer.fragment(#"","tail":"T"#)
        writer.fragmentInt(relation.tail + 1)
        writer.fragment(#"""#)
        if includeProvenance {
            writer.fragment(#","rule":"#)
            writer.fragmentString(relation.rule)
            if let trigger = relation.trigger, let span = relation.triggerSpan {
                writer.fragment(#","trigger":"#)
                writer.fragmentString(trigger)
                writer.fragment(#","trigger_start":"#)
                writer.fragmentInt(span.start)
                writer.fragment(#","trigger_end":"#)
                writer.fragmentInt(span.end)
            }
        }
        writer.fragment("}")
    }

    /// Fields Gazette writes itself; an input field of the same name is not repeated (an
    /// input `date` is kept unless the text has its own date marker).
    static let reservedFields: Set<String> = ["id", "text", "entities", "relations"]
}
