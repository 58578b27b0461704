import GazetteIO

/// One item a record stream yields, in a form that can be compared: a record with its
/// fields (extra fields as the JSON they are written back as), or an error.
enum Outcome: Equatable, CustomStringConvertible {
    case record(id: String, text: String, extra: [UInt8], source: String, line: Int)
    case error(String)

    init(_ item: Result<ArticleRecord, RecordError>) {
        switch item {
        case let .success(record):
            var writer = JSONWriter()
            writer.value(.object(record.extraFields))
            self = .record(id: record.id, text: record.text, extra: writer.bytes, source: record.source, line: record.line)
        case let .failure(error):
            // The description holds every field of the error: source, line, id and reason.
            self = .error(error.description)
        }
    }

    var description: String {
        switch self {
        case let .record(id, text, extra, source, line):
            return "record \(source):\(line) id \(describe(Array(id.utf8))) text \(describe(Array(text.utf8))) extra \(describe(extra))"
        case let .error(description): return "error \(description)"
        }
    }
}

/// What `RecordStream` must yield for a dump, computed the plainest way: the whole input in
/// memory, split at line feeds, no buffers and no refills. The streaming reader is checked
/// against it for every way of cutting the input into reads.
enum ReaderModel {
    static func expected(
        _ bytes: [UInt8], name: String, format: RecordStream.Format?, textRecordID: String, options: RecordStream.Options
    ) -> [Outcome] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a UTF-8 byte order mark
        switch resolvedFormat(bytes, format) {
        case .text:
            // An input of unknown format that is nothing but white space (shorter than the
            // look-ahead) holds no article: an empty standard input adds no record.
            if format == nil, body.count < RecordStream.formatSniffBytes, body.allSatisfy(isWhiteSpace) { return [] }
            if body.count > options.maxRecordBytes {
                return [.error(RecordError(
                    source: name, line: 0, id: textRecordID,
                    reason: "text of more than \(options.maxRecordBytes) bytes is over --max-record-bytes").description)]
            }
            guard let text = String(validating: body, as: UTF8.self) else {
                return [.error(RecordError(source: name, line: 0, id: textRecordID, reason: "not valid UTF-8").description)]
            }
            return [Outcome(.success(ArticleRecord(id: textRecordID, text: text, source: name)))]
        case .jsonLines:
            var lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
            if lines.last?.isEmpty == true { lines.removeLast() }  // a final line feed ends the last line
            let reader = RecordReader(idField: options.idField, textField: options.textField)
            var outcomes: [Outcome] = []
            for (index, line) in lines.enumerated() {
                let number = index + 1
                let content = line.last == 0x0D ? line.dropLast() : line  // CRLF line ends
                if content.count > options.maxRecordBytes {
                    outcomes.append(.error(RecordError(
                        source: name, line: number,
                        reason: "record of \(content.count) bytes is over --max-record-bytes \(options.maxRecordBytes)").description))
                    continue
                }
                if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }  // blank lines are no records
                let copy = Array(content)
                outcomes.append(Outcome(copy.withUnsafeBufferPointer { reader.parseRecord($0, source: name, line: number) }))
            }
            return outcomes
        }
    }
}

extension ReaderModel {
    /// The format a stream settles on: the one given, else JSON-lines when the first byte
    /// that is not white space (after a byte order mark, within the first
    /// `RecordStream.formatSniffBytes`) is `{`.
    static func resolvedFormat(_ bytes: [UInt8], _ format: RecordStream.Format?) -> RecordStream.Format {
        if let format { return format }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let first = body.prefix(RecordStream.formatSniffBytes).first { !isWhiteSpace($0) }
        return first == UInt8(ascii: "{") ? .jsonLines : .text
    }

    static func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
