/// A document in the JSON-lines shape shared by gold and output (ANNOTATION.md §4).
public struct AnnotatedDocument: Sendable {
    public struct Entity: Sendable, Equatable {
        public var id: String
        public var type: String
        /// Code-point offsets, end exclusive.
        public var start: Int
        public var end: Int
        public var text: String?
        public var canonical: String?
        /// Extra field of Gazette's output: the rule that produced the mention.
        public var rule: String?

        public init(id: String, type: String, start: Int, end: Int, text: String? = nil, canonical: String? = nil, rule: String? = nil) {
            self.id = id
            self.type = type
            self.start = start
            self.end = end
            self.text = text
            self.canonical = canonical
            self.rule = rule
        }
    }

    public struct Relation: Sendable, Equatable {
        public var type: String
        public var head: String
        public var tail: String
        public var rule: String?

        public init(type: String, head: String, tail: String, rule: String? = nil) {
            self.type = type
            self.head = head
            self.tail = tail
            self.rule = rule
        }
    }

    public var id: String
    public var text: String?
    public var entities: [Entity]
    public var relations: [Relation]
    /// Where the line came from, for messages.
    public var source: String
    public var line: Int

    public init(id: String, text: String?, entities: [Entity], relations: [Relation], source: String = "", line: Int = 0) {
        self.id = id
        self.text = text
        self.entities = entities
        self.relations = relations
        self.source = source
        self.line = line
    }
}

extension AnnotatedDocument {
    /// Reads a document from a parsed JSON line; shape errors name the field.
    public static func from(_ value: JSONValue, source: String, line: Int) -> Result<AnnotatedDocument, RecordError> {
        func fail(_ reason: String, id: String? = nil) -> Result<AnnotatedDocument, RecordError> {
            .failure(RecordError(source: source, line: line, id: id, reason: reason))
        }
        guard case .object = value else { return fail("expected a JSON object, found \(value.kindDescription)") }
        guard let id = value["id"]?.stringValue ?? value["id"]?.intValue.map(String.init) else { return fail("missing string field 'id'") }
        var entities: [Entity] = []
        for (position, item) in (value["entities"]?.arrayValue ?? []).enumerated() {
            guard let entityID = item["id"]?.stringValue, let type = item["type"]?.stringValue,
                  let start = item["start"]?.intValue, let end = item["end"]?.intValue
            else {
                return fail("entity \(position + 1) needs string 'id', string 'type', integer 'start' and 'end'", id: id)
            }
            entities.append(Entity(
                id: entityID, type: type, start: start, end: end, text: item["text"]?.stringValue,
                canonical: item["canonical"]?.stringValue, rule: item["rule"]?.stringValue))
        }
        var relations: [Relation] = []
        for (position, item) in (value["relations"]?.arrayValue ?? []).enumerated() {
            guard let type = item["type"]?.stringValue, let head = item["head"]?.stringValue, let tail = item["tail"]?.stringValue else {
                return fail("relation \(position + 1) needs string 'type', 'head' and 'tail'", id: id)
            }
            relations.append(Relation(type: type, head: head, tail: tail, rule: item["rule"]?.stringValue))
        }
        return .success(AnnotatedDocument(
            id: id, text: value["text"]?.stringValue, entities: entities, relations: relations, source: source, line: line))
    }

    /// Reads every document of a JSON-lines byte buffer; bad lines come back as errors.
    public static func readJSONLines(_ bytes: [UInt8], source: String) -> (documents: [AnnotatedDocument], errors: [RecordError]) {
        var documents: [AnnotatedDocument] = []
        var errors: [RecordError] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.last == 0x0D ? line.dropLast() : line
            if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                let value = try JSONParser.parse(Array(trimmed))
                switch from(value, source: source, line: lineNumber) {
                case let .success(document): documents.append(document)
                case let .failure(error): errors.append(error)
                }
            } catch {
                errors.append(RecordError(source: source, line: lineNumber, reason: "invalid JSON: \(error)"))
            }
        }
        return (documents, errors)
    }
}
