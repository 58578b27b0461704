import Foundation

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

    /// How far into an input of unknown format the first byte that is not white space is
    /// looked for (a `{` means JSON-lines); an input that is all white space up to here is
    /// one text. Bounded, so a stream of white space is not buffered whole.
    public static let formatSniffBytes = 1 << 16

    private func currentFormat() throws -> Format {
        if let resolvedFormat { return resolvedFormat }
        // Reads may be short (a pipe, any `ByteSource`): the byte order mark and the first
        // byte that is not white space are looked for across as many reads as they take,
        // so the format never depends on where a read happened to end.
        try fill(minimum: 3)
        skipByteOrderMark()
        var format = self.format
        var checked = 0  // bytes after `start` known to be white space
        while format == nil {
            let limit = min(buffer.count, start + Self.formatSniffBytes)
            if let first = buffer[(start + checked)..<limit].first(where: { !Self.isWhiteSpace($0) }) {
                format = first == UInt8(ascii: "{") ? .jsonLines : .text
                break
            }
            checked = limit - start
            if checked >= Self.formatSniffBytes || atEnd {
                // Standard input that ended holding nothing but white space holds no article:
                // no record, where one empty "stdin" record came out before (a Spark
                // partition with no lines pipes an empty stdin, and must add nothing).
                if checked < Self.formatSniffBytes { finishedText = true }  // so it ended, all white space
                format = .text
                break
            }
            try fill(minimum: checked + 1)
        }
        let resolved = format ?? .text
        resolvedFormat = resolved
        return resolved
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

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
                if let found = lineFeed(from: start + scanned) {
                    newline = found
                    break
                }
                scanned = buffer.count - start
                // A carriage return at the buffer's end may be half of a CRLF line end, which
                // is not content: it must not tip a line over the limit before its line feed
                // is read, or the verdict would depend on where a read happened to end.
                let pendingReturn = scanned > 0 && buffer[buffer.count - 1] == 0x0D ? 1 : 0
                if scanned - pendingReturn > options.maxRecordBytes { return try skipOversizedLine() }
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

    /// The index of the first line feed in the buffer at or after `from`. memchr, because a
    /// byte-by-byte scan runs at some 20 MB/s in a debug build, where a skipped 50 MB line
    /// (the test battery has them) would take seconds.
    private func lineFeed(from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { pointer in
            guard from < pointer.count, let base = pointer.baseAddress else { return nil }
            guard let found = memchr(base + from, 0x0A, pointer.count - from) else { return nil }
            return from + UnsafeRawPointer(base + from).distance(to: UnsafeRawPointer(found))
        }
    }

    /// A line longer than the limit: its bytes are skipped, never buffered whole. The size
    /// reported is the content's, without a CRLF's carriage return, as for a line that
    /// arrived in one read.
    private func skipOversizedLine() throws -> Result<ArticleRecord, RecordError> {
        lineNumber += 1
        var skipped = 0
        var endsWithReturn = false  // whether the line's last byte so far is a carriage return
        while true {
            let newline = lineFeed(from: start)
            let end = newline ?? buffer.count
            if end > start {
                skipped += end - start
                endsWithReturn = buffer[end - 1] == 0x0D
            }
            start = newline.map { $0 + 1 } ?? buffer.count
            if newline != nil || atEnd { break }
            try fill(minimum: 1)
            if buffer.count == start { break }
        }
        if endsWithReturn { skipped -= 1 }
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
