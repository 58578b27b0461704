/// Reads the records of one input as a stream: JSON-lines one line at a time, or a whole
/// text file as one article. Memory is bounded by the largest record allowed
/// (`maxRecordBytes`), not by the input's size.
///
/// Every record comes out as exactly one `ArticleRecord` or one `RecordError` naming the
/// source, line and (when it could be read) id.
public final class RecordStream {
    public enum Format: Sendable { case jsonLines, text }

    public struct Options: Sendable {
        public var idField: String
        public var textField: String
        /// Records (lines, or whole text files) larger than this are rejected, unread.
        public var maxRecordBytes: Int

        public init(idField: String = "id", textField: String = "text", maxRecordBytes: Int = 16 << 20) {
            self.idField = idField
            self.textField = textField
            self.maxRecordBytes = maxRecordBytes
        }
    }

    private let source: ByteSource
    private let name: String
    private let format: Format?
    private let textRecordID: String
    private let options: Options
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    private var finishedText = false
    private var resolvedFormat: Format?

    /// - Parameters:
    ///   - name: how errors name the source (a path, or "<stdin>").
    ///   - format: nil to decide from the first bytes (a `{` means JSON-lines).
    ///   - textRecordID: the id of the article when the input is one text.
    public init(source: ByteSource, name: String, format: Format?, textRecordID: String, options: Options) {
        self.source = source
        self.name = name
        self.format = format
        self.textRecordID = textRecordID
        self.options = options
        buffer.reserveCapacity(1 << 18)
    }

    /// Bytes of the underlying input consumed so far.
    public var consumedBytes: Int64 { source.consumedBytes }

    /// The next record or error, or nil at the end of the input.
    public func next() -> Result<ArticleRecord, RecordError>? {
        do {
            switch try currentFormat() {
            case .jsonLines: return try nextLine()
            case .text: return try nextText()
            }
        } catch let error as RecordError {
            atEnd = true
            finishedText = true
            return .failure(error)
        } catch {
            atEnd = true
            finishedText = true
            return .failure(RecordError(source: name, line: lineNumber, reason: "\(error)"))
        }
    }

    private func currentFormat() throws -> Format {
        if let resolvedFormat { return resolvedFormat }
        try fill(minimum: 1)
        skipByteOrderMark()
        let first = buffer[start...].first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        let format = self.format ?? (first == UInt8(ascii: "{") ? .jsonLines : .text)
        resolvedFormat = format
        return format
    }

    private func skipByteOrderMark() {
        if buffer.count - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF { start += 3 }
    }

    /// Reads until the buffer holds `minimum` unread bytes or the input ends.
    private func fill(minimum: Int) throws {
        while !atEnd, buffer.count - start < minimum {
            if start > 0, start >= buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            if try source.read(into: &buffer, count: 1 << 18) == 0 { atEnd = true }
        }
    }

    private func nextLine() throws -> Result<ArticleRecord, RecordError>? {
        while true {
            // Find the end of the line, reading more as needed. Offsets are kept relative
            // to `start`, because reading may move the unread bytes to the buffer's front.
            var scanned = 0
            var newline: Int?
            while true {
                if let found = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
                    newline = found
                    break
                }
                scanned = buffer.count - start
                if scanned > options.maxRecordBytes { return try skipOversizedLine() }
                if atEnd { break }
                try fill(minimum: scanned + 1)
                if buffer.count - start == scanned { break }
            }
            if newline == nil, start == buffer.count { return nil }
            let end = newline ?? buffer.count
            lineNumber += 1
            var contentEnd = end
            if contentEnd > start, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let lineStart = start
            start = newline.map { $0 + 1 } ?? buffer.count
            if contentEnd - lineStart > options.maxRecordBytes {
                return .failure(RecordError(
                    source: name, line: lineNumber,
                    reason: "record of \(contentEnd - lineStart) bytes is over --max-record-bytes \(options.maxRecordBytes)"))
            }
            // Blank lines are no records.
            if buffer[lineStart..<contentEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let reader = RecordReader(idField: options.idField, textField: options.textField)
            return buffer.withUnsafeBufferPointer { pointer in
                reader.parseRecord(UnsafeBufferPointer(rebasing: pointer[lineStart..<contentEnd]), source: name, line: lineNumber)
            }
        }
    }

    /// A line longer than the limit: its bytes are skipped, never buffered whole.
    private func skipOversizedLine() throws -> Result<ArticleRecord, RecordError> {
        lineNumber += 1
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                skipped += newline - start
                start = newline + 1
                break
            }
            skipped += buffer.count - start
            start = buffer.count
            if atEnd { break }
            try fill(minimum: 1)
            if buffer.count == start { break }
        }
        return .failure(RecordError(
            source: name, line: lineNumber, reason: "record of \(skipped) bytes is over --max-record-bytes \(options.maxRecordBytes)"))
    }

    private func nextText() throws -> Result<ArticleRecord, RecordError>? {
        guard !finishedText else { return nil }
        finishedText = true
        try fill(minimum: options.maxRecordBytes + 1)
        let size = buffer.count - start
        if size > options.maxRecordBytes {
            return .failure(RecordError(source: name, line: 0, id: textRecordID, reason: "text of more than \(options.maxRecordBytes) bytes is over --max-record-bytes"))
        }
        guard let text = String(validating: buffer[start...], as: UTF8.self) else {
            return .failure(RecordError(source: name, line: 0, id: textRecordID, reason: "not valid UTF-8"))
        }
        return .success(ArticleRecord(id: textRecordID, text: text, source: name))
    }
}
