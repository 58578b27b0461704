#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GazetteIO

/// The record reader under fuzzing: the bytes are a dump, read by `RecordStream` (the reader
/// `gazette extract` uses for files and standard input) in several ways, each checked
/// against `ReaderModel`, so a wrong record, a lost or doubled line, or a result that
/// depends on how reads happen to end stops the fuzzer as surely as a memory error does.
public enum ReaderFuzzing {
    public static func check(_ input: UnsafeBufferPointer<UInt8>) {
        let bytes = Array(input)
        let seed = fnv1a(bytes)

        // As `gazette extract -` reads standard input: JSON-lines when the first byte is `{`,
        // else one article; default limits. Whole reads, then short reads of varying size.
        let defaults = RecordStream.Options()
        checkStream(bytes, name: "<stdin>", format: nil, textRecordID: "stdin", options: defaults, seed: seed)

        // Each format forced, with a record limit inside the input, so that the paths for
        // oversized lines and texts run too.
        let limit = 1 + Int(seed % UInt64(max(bytes.count, 1)))
        let small = RecordStream.Options(maxRecordBytes: limit)
        checkStream(bytes, name: "dump.jsonl", format: .jsonLines, textRecordID: "dump", options: small, seed: seed)
        checkStream(bytes, name: "article.txt", format: .text, textRecordID: "article", options: small, seed: seed)

        // As `gazette extract FILE` opens a file: through zlib, plain or gzip.
        checkFile(bytes, seed: seed)

        // The JSON parser and writer on the whole input: what parses writes back and parses
        // to the same value.
        if let value = try? JSONParser.parse(bytes) { checkJSONRoundTrip(value) }
    }

    /// Reads `bytes` whole and in short reads; both must give exactly the model's items.
    private static func checkStream(
        _ bytes: [UInt8], name: String, format: RecordStream.Format?, textRecordID: String, options: RecordStream.Options, seed: UInt64
    ) {
        let expected = ReaderModel.expected(bytes, name: name, format: format, textRecordID: textRecordID, options: options)
        let readsWhole = ReaderModel.resolvedFormat(bytes, format) == .jsonLines
        let sources: [(String, ByteSource)] = [
            ("whole reads", MemoryByteSource(bytes)),
            ("short reads", ChunkedByteSource(bytes, largest: 1 + Int((seed >> 8) % 16), seed: seed)),
        ]
        for (how, source) in sources {
            let stream = RecordStream(source: source, name: name, format: format, textRecordID: textRecordID, options: options)
            let items = drain(stream, bytes: bytes)
            require(
                items.map(Outcome.init) == expected,
                "\(name) (format \(format.map { "\($0)" } ?? "from the first byte"), max \(options.maxRecordBytes), \(how)) "
                    + "of \(describe(bytes)):\n  read:     \(items.map(Outcome.init))\n  expected: \(expected)")
            if readsWhole {
                require(stream.consumedBytes == Int64(bytes.count), "JSON-lines read \(stream.consumedBytes) of \(bytes.count) bytes")
            }
            for case let .success(record) in items { checkRecordRoundTrip(record, options: options) }
        }
    }

    /// Every item of a stream, checking that it ends, and stays ended.
    private static func drain(_ stream: RecordStream, bytes: [UInt8]) -> [Result<ArticleRecord, RecordError>] {
        // Each item takes a line (or the whole text) of its own; one more for a read error,
        // one for what a read error cut short.
        let bound = bytes.count { $0 == 0x0A } + 3
        var items: [Result<ArticleRecord, RecordError>] = []
        while let item = stream.next() {
            items.append(item)
            require(items.count <= bound, "more than \(bound) items from \(describe(bytes))")
        }
        require(stream.next() == nil, "an item after the end of \(describe(bytes))")
        return items
    }

    /// The file path: a real file opened by `RecordReader.open`, named by its content like a
    /// user would (`.jsonl`, `.txt`, plus `.gz` for gzip bytes).
    private static func checkFile(_ bytes: [UInt8], seed: UInt64) {
        let isGzip = bytes.starts(with: [0x1F, 0x8B])
        let jsonLines = isGzip ? seed % 2 == 0 : ReaderModel.resolvedFormat(bytes, nil) == .jsonLines
        let stem = "gazette-fuzz-\(getpid())"
        let path = scratchFolder + "/" + stem + (jsonLines ? ".jsonl" : ".txt") + (isGzip ? ".gz" : "")
        writeFile(path, bytes)
        defer { unlink(path) }
        let reader = RecordReader()
        guard case let .success(stream) = reader.open(path) else {
            return require(false, "cannot open the scratch file \(path)")
        }
        // What zlib decodes, read whole.
        var decoded = bytes
        if isGzip {
            let (whole, broken) = readAll(path)
            if broken {
                // Broken gzip data: the records before the break may come out, but the
                // stream must end, and must say that something was lost.
                let items = drain(stream, bytes: whole)
                let failed = items.contains { if case .failure = $0 { return true } else { return false } }
                return require(failed, "\(path): broken gzip data read as \(items.map(Outcome.init)) with no error")
            }
            decoded = whole
        }
        let items = drain(stream, bytes: decoded)
        let expected = ReaderModel.expected(
            decoded, name: path, format: jsonLines ? .jsonLines : .text, textRecordID: stem, options: reader.streamOptionsForFuzzing)
        require(items.map(Outcome.init) == expected, "\(path) of \(describe(bytes)):\n  read:     \(items.map(Outcome.init))\n  expected: \(expected)")
    }

    /// A record written back as a JSON line is read as the same record, and both ways of
    /// writing a string (from a `String`, from UTF-16 units) give the same bytes.
    private static func checkRecordRoundTrip(_ record: ArticleRecord, options: RecordStream.Options) {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field(options.idField, record.id)
        writer.field(options.textField, record.text)
        for (name, value) in record.extraFields {
            writer.key(name)
            writer.value(value)
        }
        writer.endObject()
        let reader = RecordReader(idField: options.idField, textField: options.textField)
        let again = writer.bytes.withUnsafeBufferPointer { reader.parseRecord($0, source: record.source, line: record.line) }
        require(Outcome(again) == Outcome(.success(record)), "written back as \(describe(writer.bytes)), read as \(Outcome(again))")

        var fromString = JSONWriter(), fromUnits = JSONWriter()
        fromString.string(record.text)
        fromUnits.string(utf16: ArraySlice(record.text.utf16))
        require(fromString.bytes == fromUnits.bytes, "string(_:) wrote \(describe(fromString.bytes)), string(utf16:) \(describe(fromUnits.bytes))")
    }

    private static func checkJSONRoundTrip(_ value: JSONValue) {
        var writer = JSONWriter()
        writer.value(value)
        let again: JSONValue
        do {
            again = try JSONParser.parse(writer.bytes)
        } catch {
            return require(false, "written JSON \(describe(writer.bytes)) does not parse: \(error)")
        }
        require(again == value, "JSON written as \(describe(writer.bytes)) parses to another value")
    }

    /// Where scratch files go: memory (`/dev/shm`) when there is one.
    private static let scratchFolder: String = {
        var status = stat()
        if stat("/dev/shm", &status) == 0, status.st_mode & S_IFMT == S_IFDIR, access("/dev/shm", W_OK) == 0 { return "/dev/shm" }
        return getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    }()

    private static func writeFile(_ path: String, _ bytes: [UInt8]) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        require(descriptor >= 0, "cannot create \(path)")
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            require(count > 0, "cannot write \(path)")
            written += count
        }
    }

    /// The decoded bytes of a file through `FileByteSource`, up to a read error if there is
    /// one (`broken`).
    private static func readAll(_ path: String) -> (bytes: [UInt8], broken: Bool) {
        var bytes: [UInt8] = []
        guard let source = try? FileByteSource(path: path) else { return (bytes, true) }
        while true {
            guard let count = try? source.read(into: &bytes, count: 1 << 16) else { return (bytes, true) }
            if count == 0 { return (bytes, false) }
        }
    }

    /// FNV-1a: a seed for the choices made per input, so that a saved input replays them.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

extension RecordReader {
    /// The options `open` gives its streams (`streamOptions` is internal to GazetteIO).
    var streamOptionsForFuzzing: RecordStream.Options {
        RecordStream.Options(idField: idField, textField: textField, maxRecordBytes: maxRecordBytes)
    }
}
