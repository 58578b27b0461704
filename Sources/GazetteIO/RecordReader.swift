import Foundation

/// Reads articles from the inputs users point `gazette extract` at:
/// - a JSON-lines file (`.jsonl`, `.ndjson`, `.json`): one record per line with an id and
///   a text field; other fields are carried through;
/// - a text file: one article, id = file name without extension;
/// - either of them gzip-compressed (`.jsonl.gz`, `.txt.gz`), read as a stream;
/// - a folder: every `.txt` and JSON-lines file below it, recursively, in sorted order;
/// - `-`: standard input, JSON-lines if it starts with `{`, else one text article.
///
/// Every record comes out as exactly one `ArticleRecord` or one `RecordError`.
public struct RecordReader {
    public var idField = "id"
    public var textField = "text"

    public init(idField: String = "id", textField: String = "text") {
        self.idField = idField
        self.textField = textField
    }

    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson", "json"]
    public static let textExtensions: Set<String> = ["txt", "text"]

    /// Expands the command-line paths into the files to read, in order; a path that does
    /// not exist is an error record.
    public func expand(_ paths: [String]) -> [Result<String, RecordError>] {
        var files: [Result<String, RecordError>] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { files.append(.success(path)); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(.failure(RecordError(source: path, line: 0, reason: "no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else { files.append(.success(path)); continue }
            let root = URL(fileURLWithPath: path)
            let found = (manager.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
                .filter { Self.format(of: $0.path) != nil }
                .map { path.hasSuffix("/") ? path + $0.path.dropFirst(root.path.count + 1) : path + "/" + $0.path.dropFirst(root.path.count + 1) }
                .sorted()
            files += found.map { .success($0) }
        }
        return files
    }

    /// Largest record (JSON line, or whole text file) accepted; larger ones become errors.
    public var maxRecordBytes = 16 << 20

    /// The format a path's extension says (a `.gz` suffix is looked through), or nil.
    public static func format(of path: String) -> RecordStream.Format? {
        var url = URL(fileURLWithPath: path)
        if url.pathExtension == "gz" { url = url.deletingPathExtension() }
        if jsonLinesExtensions.contains(url.pathExtension) { return .jsonLines }
        if textExtensions.contains(url.pathExtension) { return .text }
        return nil
    }

    /// Opens one input as a record stream ("-" is standard input). Plain and gzip files
    /// alike; JSON-lines or one text article, by extension, else by the first byte.
    public func open(_ path: String) -> Result<RecordStream, RecordError> {
        do {
            let name = path == "-" ? "<stdin>" : path
            let source = try FileByteSource(path: path, name: name)
            var url = URL(fileURLWithPath: path)
            if url.pathExtension == "gz" { url = url.deletingPathExtension() }
            let id = path == "-" ? "stdin" : url.deletingPathExtension().lastPathComponent
            let format = path == "-" ? nil : (Self.format(of: path) ?? .text)
            return .success(RecordStream(source: source, name: name, format: format, textRecordID: id, options: streamOptions))
        } catch let error as RecordError {
            return .failure(RecordError(source: path == "-" ? "<stdin>" : path, line: 0, reason: error.reason))
        } catch {
            return .failure(RecordError(source: path, line: 0, reason: "\(error)"))
        }
    }

    var streamOptions: RecordStream.Options {
        RecordStream.Options(idField: idField, textField: textField, maxRecordBytes: maxRecordBytes)
    }

    /// Reads JSON-lines held in memory, calling `body` with each record or error.
    public func readJSONLines(_ bytes: [UInt8], source: String, _ body: (Result<ArticleRecord, RecordError>) -> Void) {
        let stream = RecordStream(
            source: MemoryByteSource(bytes), name: source, format: .jsonLines, textRecordID: source, options: streamOptions)
        while let item = stream.next() { body(item) }
    }

    /// Parses one JSON-lines record.
    public func parseRecord(_ line: UnsafeBufferPointer<UInt8>, source: String, line lineNumber: Int) -> Result<ArticleRecord, RecordError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch let failure as JSONParser.Failure {
            return .failure(invalidJSON(failure, line: line, source: source, lineNumber: lineNumber))
        } catch {
            return .failure(RecordError(source: source, line: lineNumber, reason: "invalid JSON: \(error)"))
        }
        guard case let .object(members) = value else {
            return .failure(RecordError(source: source, line: lineNumber, reason: "expected a JSON object, found \(value.kindDescription)"))
        }
        let id: String?
        switch Self.id(in: value[idField]) {
        case let .success(found): id = found
        case let .failure(kind):
            return .failure(RecordError(source: source, line: lineNumber, reason: "field '\(idField)' is \(kind.kindDescription), expected a string"))
        }
        guard let textValue = value[textField] else {
            return .failure(RecordError(source: source, line: lineNumber, id: id, reason: "missing field '\(textField)'"))
        }
        guard case let .string(text) = textValue else {
            return .failure(RecordError(
                source: source, line: lineNumber, id: id, reason: "field '\(textField)' is \(textValue.kindDescription), expected a string"))
        }
        let extra = members.filter { $0.0 != idField && $0.0 != textField }
        return .success(ArticleRecord(id: id ?? "\(source):\(lineNumber)", text: text, extraFields: extra, source: source, line: lineNumber))
    }

    /// The id an id field holds (strings and numbers are ids; nil when there is none), or
    /// the value when it is of another kind.
    private static func id(in value: JSONValue?) -> Result<String?, KindMismatch> {
        switch value {
        case let .string(text)?: return .success(text)
        case let .number(text)?: return .success(text)
        case nil: return .success(nil)
        case let other?: return .failure(KindMismatch(kindDescription: other.kindDescription))
        }
    }

    private struct KindMismatch: Error { var kindDescription: String }

    /// The error for a line that is not JSON. It still names the record when the id came
    /// before the break (a truncated line, bad UTF-8 in the text), and the field the break
    /// is in, so a user can find the record in a dump of millions.
    private func invalidJSON(_ failure: JSONParser.Failure, line: UnsafeBufferPointer<UInt8>, source: String, lineNumber: Int) -> RecordError {
        var reason = "invalid JSON: \(failure)"
        if let field = failure.field { reason += " (in field '\(field)')" }
        // JSON-lines lines end in LF or CRLF; a lone CR is no line end, so a file written
        // with CR line ends reads as one long line. Say so, or the error is a puzzle.
        if line[..<min(line.count, failure.offset + 1)].contains(0x0D) {
            reason += "; a lone carriage return (CR) is not a line end in JSON-lines: lines end in LF or CRLF"
        }
        let id = failure.completedMembers.first { $0.0 == idField }.flatMap { try? Self.id(in: $0.1).get() }
        return RecordError(source: source, line: lineNumber, id: id, reason: reason)
    }
}
