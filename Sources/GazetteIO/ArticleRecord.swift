/// One article to extract from: an id, its text, and any other input fields, carried
/// through to the output unchanged.
public struct ArticleRecord: Sendable {
    public var id: String
    public var text: String
    /// Input fields other than the id and text fields, in input order.
    public var extraFields: [(String, JSONValue)]
    /// Where it came from, for error messages: file and 1-based line (0 for a whole file).
    public var source: String
    public var line: Int

    public init(id: String, text: String, extraFields: [(String, JSONValue)] = [], source: String, line: Int = 0) {
        self.id = id
        self.text = text
        self.extraFields = extraFields
        self.source = source
        self.line = line
    }
}

/// A record that could not be read or processed. It names the source, line and id, so a
/// user can find it, and it is reported while the rest of the batch still runs.
public struct RecordError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var id: String?
    public var reason: String

    public init(source: String, line: Int, id: String? = nil, reason: String) {
        self.source = source
        self.line = line
        self.id = id
        self.reason = reason
    }

    /// "file:line: [id] reason", the shape compilers use, so editors can jump to it.
    public var description: String {
        let location = line > 0 ? "\(source):\(line)" : source
        if let id { return "\(location): record '\(id)': \(reason)" }
        return "\(location): \(reason)"
    }

    /// The error as a JSON-lines record (`{"error": …, "source": …, "line": …, "id": …}`).
    public var jsonLine: [UInt8] {
        var writer = JSONWriter(capacity: 128)
        writer.beginObject()
        writer.field("error", reason)
        writer.field("source", source)
        writer.field("line", line)
        if let id { writer.field("id", id) }
        writer.endObject()
        return writer.bytes
    }
}
