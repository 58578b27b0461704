import Foundation

/// Reads articles from the inputs users point `gazette extract` at:
/// - a JSON-lines file (`.jsonl`, `.ndjson`, `.json`): one record per line with an id and
///   a text field; other fields are carried through;
/// - a text file: one article, id = file name without extension;
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
                .filter { Self.jsonLinesExtensions.contains($0.pathExtension) || Self.textExtensions.contains($0.pathExtension) }
                .map { path.hasSuffix("/") ? path + $0.path.dropFirst(root.path.count + 1) : path + "/" + $0.path.dropFirst(root.path.count + 1) }
                .sorted()
            files += found.map { .success($0) }
        }
        return files
    }

    /// Reads one file (or stdin for "-") and calls `body` with each record or error.
    public func read(file path: String, _ body: (Result<ArticleRecord, RecordError>) -> Void) {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                body(.failure(RecordError(source: path, line: 0, reason: "cannot read file")))
                return
            }
            data = contents
        }
        let source = path == "-" ? "<stdin>" : path
        let bytes = [UInt8](data)
        if isJSONLines(path: path, bytes: bytes) {
            readJSONLines(bytes, source: source, body)
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                body(.failure(RecordError(source: source, line: 0, reason: "not valid UTF-8")))
                return
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            body(.success(ArticleRecord(id: path == "-" ? "stdin" : name, text: text, source: source)))
        }
    }

    private func isJSONLines(path: String, bytes: [UInt8]) -> Bool {
        if Self.jsonLinesExtensions.contains(URL(fileURLWithPath: path).pathExtension) { return true }
        guard path == "-" else { return false }
        return bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } == UInt8(ascii: "{")
    }

    /// Splits on LF (a CR before it is dropped) and parses each non-blank line.
    public func readJSONLines(_ bytes: [UInt8], source: String, _ body: (Result<ArticleRecord, RecordError>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            var lineNumber = 0
            while lineStart < buffer.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<contentEnd])
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    body(parseRecord(line, source: source, line: lineNumber))
                }
                lineStart = lineEnd + 1
            }
        }
    }

    /// Parses one JSON-lines record.
    public func parseRecord(_ line: UnsafeBufferPointer<UInt8>, source: String, line lineNumber: Int) -> Result<ArticleRecord, RecordError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return .failure(RecordError(source: source, line: lineNumber, reason: "invalid JSON: \(error)"))
        }
        guard case let .object(members) = value else {
            return .failure(RecordError(source: source, line: lineNumber, reason: "expected a JSON object, found \(value.kindDescription)"))
        }
        var id: String?
        switch value[idField] {
        case let .string(text)?: id = text
        case let .number(text)?: id = text
        case nil: id = nil
        case let other?:
            return .failure(RecordError(source: source, line: lineNumber, reason: "field '\(idField)' is \(other.kindDescription), expected a string"))
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
}
