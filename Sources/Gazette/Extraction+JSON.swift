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
            writer.beginObject()
            writer.literalKey("id")
            writer.string(prefix: UInt8(ascii: "T"), number: index + 1)
            writer.literalKey("type"); writer.string(mention.type.rawValue)
            writer.literalKey("start"); writer.int(mention.span.start)
            writer.literalKey("end"); writer.int(mention.span.end)
            let units = text.utf16[Int(text.tokens[mention.tokenRange.lowerBound].utf16Start)..<Int(text.tokens[mention.tokenRange.upperBound - 1].utf16End)]
            writer.literalKey("text")
            writer.string(utf16: units)
            writer.literalKey("canonical")
            if let canonical = mention.canonical { writer.string(canonical) } else { writer.string(utf16: units) }
            if options.includeProvenance {
                writer.literalKey("rule"); writer.string(mention.provenance.rule)
                if let entry = mention.provenance.entry { writer.literalKey("lexicon_id"); writer.string(entry) }
            }
            writer.endObject()
        }
        writer.endArray()
        writer.literalKey("relations")
        writer.beginArray()
        for relation in relations {
            writer.beginObject()
            writer.literalKey("type"); writer.string(relation.type.rawValue)
            writer.literalKey("head")
            writer.string(prefix: UInt8(ascii: "T"), number: relation.head + 1)
            writer.literalKey("tail")
            writer.string(prefix: UInt8(ascii: "T"), number: relation.tail + 1)
            if options.includeProvenance {
                writer.literalKey("rule"); writer.string(relation.rule)
                if let trigger = relation.trigger, let span = relation.triggerSpan {
                    writer.literalKey("trigger"); writer.string(trigger)
                    writer.literalKey("trigger_start"); writer.int(span.start)
                    writer.literalKey("trigger_end"); writer.int(span.end)
                }
            }
            writer.endObject()
        }
        writer.endArray()
        for (name, value) in record.extraFields where !Self.reservedFields.contains(name) && !(name == "date" && date != nil) {
            writer.key(name)
            writer.value(value)
        }
        writer.endObject()
        return writer.bytes
    }

    /// Fields Gazette writes itself; an input field of the same name is not repeated (an
    /// input `date` is kept unless the text has its own date marker).
    static let reservedFields: Set<String> = ["id", "text", "entities", "relations"]
}
