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
        // Room for the text, about 160 bytes per entity or relation and then some: written
        // straight into the returned array; a record that needs more is copied once.
        JSONWriter.array(estimatedCount: record.text.utf8.count + 256 * mentions.count + 192 * relations.count + 256) { writer in
            writeRecord(record, options: options, into: &writer)
        }
    }

    private func writeRecord(_ record: ArticleRecord, options: OutputOptions, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.literalKey("id"); writer.string(record.id)
        if options.includeText { writer.literalKey("text"); writer.string(record.text) }
        if let date { writer.literalKey("date"); writer.string(date) }
        writer.literalKey("entities")
        writer.beginArray()
        // Mentions are read field by field through the buffer: copying one would retain its strings.
        mentions.withUnsafeBufferPointer { mentions in
            for index in mentions.indices {
                writeEntity(of: mentions, at: index, includeProvenance: options.includeProvenance, into: &writer) { writer, tokens in
                    let start = Int(text.tokens[tokens.lowerBound].utf16Start), end = Int(text.tokens[tokens.upperBound - 1].utf16End)
                    writer.fragmentString(utf16: text.utf16[start..<end])
                }
            }
        }
        writer.endArray()
        writer.literalKey("relations")
        writer.beginArray()
        relations.withUnsafeBufferPointer { relations in
            for index in relations.indices {
                writeRelation(of: relations, at: index, includeProvenance: options.includeProvenance, into: &writer)
            }
        }
        writer.endArray()
        for (name, value) in record.extraFields where !Self.reservedFields.contains(name) && !(name == "date" && date != nil) {
            writer.key(name)
            writer.value(value)
        }
        writer.endObject()
    }

    /// `{"id":"T1","type":…,"start":…,"end":…,"text":…,"canonical":…,"rule":…,"lexicon_id":…}`,
    /// written as fragments (its shape is fixed), with the comma before all but the first.
    /// `writeText` writes the text of the mention's tokens as a JSON string.
    private func writeEntity(
        of mentions: UnsafeBufferPointer<Mention>, at index: Int, includeProvenance: Bool, into writer: inout JSONWriter,
        writeText: (inout JSONWriter, Range<Int>) -> Void
    ) {
        writer.fragment(index == 0 ? #"{"id":"T"# : #",{"id":"T"#)
        writer.fragmentInt(index + 1)
        writer.fragment(mentions[index].type.jsonTypeMember)
        writer.fragment(#","start":"#)
        writer.fragmentInt(mentions[index].span.start)
        writer.fragment(#","end":"#)
        writer.fragmentInt(mentions[index].span.end)
        writer.fragment(#","text":"#)
        let textStart = writer.byteCount
        writeText(&writer, mentions[index].tokenRange)
        let textLength = writer.byteCount - textStart
        writer.fragment(#","canonical":"#)
        if let canonical = mentions[index].canonical {
            writer.fragmentString(canonical)
        } else {
            writer.fragmentRepeating(from: textStart, count: textLength)
        }
        if includeProvenance {
            writer.fragment(#","rule":"#)
            writer.fragmentString(mentions[index].provenance.rule)
            if let entry = mentions[index].provenance.entry {
                writer.fragment(#","lexicon_id":"#)
                writer.fragmentString(entry)
            }
        }
        writer.fragment("}")
    }

    /// `{"type":…,"head":"T1","tail":"T2","rule":…,"trigger":…,"trigger_start":…,"trigger_end":…}`.
    /// Read field by field through the buffer, as entities are.
    private func writeRelation(of relations: UnsafeBufferPointer<Relation>, at index: Int, includeProvenance: Bool, into writer: inout JSONWriter) {
        writer.fragment(index == 0 ? "{" : ",{")
        writer.fragment(relations[index].type.jsonTypeMember)
        writer.fragment(#","head":"T"#)
        writer.fragmentInt(relations[index].head + 1)
        writer.fragment(#"","tail":"T"#)
        writer.fragmentInt(relations[index].tail + 1)
        writer.fragment(#"""#)
        if includeProvenance {
            writer.fragment(#","rule":"#)
            writer.fragmentString(relations[index].rule)
            if let trigger = relations[index].trigger, let span = relations[index].triggerSpan {
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
