import Foundation
import GazetteTestSupport
import Testing

/// One line of `--errors FILE`, compared field by field.
struct ErrorRecord: Equatable, CustomStringConvertible {
    var source: String
    var line: Int
    var id: String?
    var reason: String

    init(_ source: String, _ line: Int, _ id: String?, _ reason: String) {
        self.source = source
        self.line = line
        self.id = id
        self.reason = reason
    }

    /// Parses an error record; nil when it has other keys than the schema's or misses one.
    init?(json: [String: Any]) {
        let keys = Set(json.keys)
        guard keys.isSubset(of: ["error", "source", "line", "id"]),
              let reason = json["error"] as? String, let source = json["source"] as? String, let line = json["line"] as? Int
        else { return nil }
        if keys.contains("id"), !(json["id"] is String) { return nil }
        self.init(source, line, json["id"] as? String, reason)
    }

    /// The line stderr shows for it.
    var message: String {
        let location = line > 0 ? "\(source):\(line)" : source
        return id.map { "\(location): record '\($0)': \(reason)" } ?? "\(location): \(reason)"
    }

    var description: String { message }
}

/// Parses JSON into `[String: Any]` trees with `JSONDecoder`. Not `JSONSerialization`: on
/// Linux it drops a U+FEFF at the start of a string value, which would shift every offset.
struct JSONTree: Decodable {
    var value: Any

    init(from decoder: Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [Any] = []
            while !array.isAtEnd { values.append(try array.decode(JSONTree.self).value) }
            value = values
        } else if let object = try? decoder.container(keyedBy: Key.self) {
            var members: [String: Any] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONTree.self, forKey: key).value }
            value = members
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                value = NSNull()
            } else if let bool = try? single.decode(Bool.self) {
                value = bool
            } else if let int = try? single.decode(Int.self) {
                value = int
            } else if let double = try? single.decode(Double.self) {
                value = double
            } else {
                value = try single.decode(String.self)
            }
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// One JSON object per non-empty line.
    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            guard let object = try JSONDecoder().decode(JSONTree.self, from: Data(line.utf8)).value as? [String: Any] else {
                throw CocoaError(.propertyListReadCorrupt)
            }
            return object
        }
    }
}

/// What one `gazette extract` run produced, already checked for accounting.
struct BatchRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var records: [[String: Any]]
    var errors: [ErrorRecord]

    var ids: [String] { records.map { $0["id"] as? String ?? "<no id>" } }

    /// The record with this id (the first, if several).
    func record(_ id: String) -> [String: Any]? { records.first { $0["id"] as? String == id } }

    /// "TYPE text start end" for each entity of the record.
    func entities(_ id: String) -> [String] {
        ((record(id)?["entities"] as? [[String: Any]]) ?? []).map {
            "\($0["type"] ?? "") \($0["text"] ?? "") \($0["start"] ?? "") \($0["end"] ?? "")"
        }
    }
}

/// The battery's shared steps: temporary inputs, a run with `--errors`, and the checks
/// every run must pass whatever the input.
enum Battery {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `bytes` to `name` in `folder`; returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A JSON-lines record line (with its LF) holding `text` as raw bytes between the quotes.
    static func record(_ id: String, text: [UInt8], end: String = "\n") -> [UInt8] {
        bytes(#"{"id":"\#(id)","text":""#) + text + bytes("\"}" + end)
    }

    /// The 1-based position of byte `offset` of `text` within a line made by `record(id, text:)`.
    static func bytePosition(id: String, textOffset offset: Int) -> Int {
        bytes(#"{"id":"\#(id)","text":""#).count + offset + 1
    }

    /// Runs `gazette extract arguments… --errors FILE` and checks what holds for every input:
    /// every record read ends as exactly one output record or one error record; the summary
    /// line counts them; each error is also on stderr; the exit status is 1 exactly when a
    /// record failed; and each mention's (and trigger's) code-point offsets slice its text.
    ///
    /// - Parameter output: write the records there (`-o`) instead of stdout.
    static func extract(
        _ arguments: [String], stdin: [UInt8]? = nil, output: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> BatchRun {
        let errorsFolder = try folder()
        defer { try? FileManager.default.removeItem(at: errorsFolder) }
        let errorsPath = errorsFolder.appendingPathComponent("errors.jsonl").path
        let run = try GazetteBinary.run(
            ["extract"] + arguments + ["--errors", errorsPath] + (output.map { ["-o", $0] } ?? []), stdinBytes: stdin.map { Data($0) })
        let recordText = try output.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? run.stdout
        #expect(recordText.isEmpty || recordText.hasSuffix("\n"), "the output ends with a line feed", sourceLocation: sourceLocation)
        let records = try JSONTree.objects(recordText)
        let errorText = try String(contentsOfFile: errorsPath, encoding: .utf8)
        #expect(errorText.isEmpty || errorText.hasSuffix("\n"), "the errors file ends with a line feed", sourceLocation: sourceLocation)
        var errors: [ErrorRecord] = []
        for json in try JSONTree.objects(errorText) {
            guard let error = ErrorRecord(json: json) else {
                Issue.record("not an error record of the schema: \(json)", sourceLocation: sourceLocation)
                continue
            }
            errors.append(error)
        }
        let summary = try #require(
            run.stderr.firstMatch(of: /gazette: (\d+) records read, (\d+) written, (\d+) failed/), "\(run.stderr)",
            sourceLocation: sourceLocation)
        let read = Int(summary.1) ?? -1, written = Int(summary.2) ?? -1, failed = Int(summary.3) ?? -1
        #expect(read == written + failed, sourceLocation: sourceLocation)
        #expect(written == records.count, "summary: \(written) written; stdout: \(records.count) records", sourceLocation: sourceLocation)
        #expect(failed == errors.count, "summary: \(failed) failed; errors file: \(errors.count)", sourceLocation: sourceLocation)
        #expect(run.status == (failed > 0 ? 1 : 0), "exit status \(run.status)", sourceLocation: sourceLocation)
        let stderrLines = Set(run.stderr.split(separator: "\n").map(String.init))
        for error in errors {
            #expect(stderrLines.contains("gazette: \(error.message)"), "stderr lacks \(error.message)", sourceLocation: sourceLocation)
        }
        for record in records { checkOffsets(record, sourceLocation: sourceLocation) }
        return BatchRun(status: run.status, stdout: recordText, stderr: run.stderr, records: records, errors: errors)
    }

    /// Each entity's `text[start:end]` (code points, as Python slices) is its `text`, and each
    /// relation's trigger offsets slice its trigger. Records written with `--no-text` pass.
    static func checkOffsets(_ record: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let text = record["text"] as? String else { return }
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Any?, _ end: Any?) -> String? {
            guard let start = start as? Int, let end = end as? Int, 0 <= start, start < end, end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        for entity in record["entities"] as? [[String: Any]] ?? [] {
            #expect(slice(entity["start"], entity["end"]) == entity["text"] as? String, "\(entity)", sourceLocation: sourceLocation)
        }
        for relation in record["relations"] as? [[String: Any]] ?? [] where relation["trigger"] != nil {
            #expect(slice(relation["trigger_start"], relation["trigger_end"]) == relation["trigger"] as? String, "\(relation)",
                    sourceLocation: sourceLocation)
        }
    }
}

/// Hostile input, end to end: each case states the exact error records and that every other
/// record still comes out. Encodings and line ends are in `HostileInputTests+Encoding.swift`,
/// sizes in `HostileInputTests+Scale.swift`.
@Suite("gazette extract on hostile input: exact error records, nothing lost")
struct HostileInputTests {
    @Test("Truncated JSON, JSON nested 10,000 deep and bare values are error records; the records around them come out")
    func brokenJSON() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let carried = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let lines = [
            #"{"id":"first","text":"Minsk"}"#,
            #"{"id":"cut","text":"Min"#,                                                // 2
            #"{"id":"cut2","text":"Minsk""#,                                            // 3
            #"{"id":"cut3","#,                                                          // 4
            String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),  // 5
            #"{"id":"deep","text":"Minsk","x":"# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}",  // 6
            String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000),  // 7
            #"{"id":"carried","text":"Minsk","x":"# + carried + "}",                   // 8: 500 deep is allowed
            "42", #""Minsk""#, #"["Minsk"]"#, "null", "true", "-0.5e3",                // 9-14
            #"{"id":"last","text":"BelAZ"}"#,
        ]
        let path = try Battery.write(Battery.bytes(lines.joined(separator: "\n") + "\n"), "broken.jsonl", in: folder)
        let run = try Battery.extract([path])
        #expect(run.ids == ["first", "carried", "last"])
        let depth = "JSON nested deeper than 512 levels"
        let idPrefix = #"{"id":"deep","text":"Minsk","x":"#.utf8.count
        #expect(run.errors == [
            ErrorRecord(path, 2, "cut", "invalid JSON: unterminated string at byte 24 (in field 'text')"),
            ErrorRecord(path, 3, "cut2", "invalid JSON: unterminated object at byte 28"),
            ErrorRecord(path, 4, "cut3", "invalid JSON: expected a string key at byte 14"),
            ErrorRecord(path, 5, nil, "invalid JSON: \(depth) at byte 513"),
            ErrorRecord(path, 6, "deep", "invalid JSON: \(depth) at byte \(idPrefix + 512) (in field 'x')"),
            ErrorRecord(path, 7, nil, "invalid JSON: \(depth) at byte \(5 * 512 + 1) (in field 'a')"),
            ErrorRecord(path, 9, nil, "expected a JSON object, found a number"),
            ErrorRecord(path, 10, nil, "expected a JSON object, found a string"),
            ErrorRecord(path, 11, nil, "expected a JSON object, found an array"),
            ErrorRecord(path, 12, nil, "expected a JSON object, found null"),
            ErrorRecord(path, 13, nil, "expected a JSON object, found a boolean"),
            ErrorRecord(path, 14, nil, "expected a JSON object, found a number"),
        ])
        // The 500-deep extra field is carried through unchanged.
        #expect(run.stdout.contains(#""x":"# + carried))
        #expect(run.entities("carried") == ["REGION Minsk 0 5"])
    }

    @Test("A gzip input cut short is an error, also when the cut falls between records; the records before it come out")
    func truncatedGzip() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func records(_ prefix: String) -> [UInt8] {
            (0..<300).flatMap { Battery.record("\(prefix)\($0)", text: Battery.bytes("Minsk and BelAZ, record \($0) of a dump")) }
        }
        try Battery.write(records("a"), "a.jsonl", in: folder)
        try Battery.write(records("b"), "b.jsonl", in: folder)
        // One complete gzip member, then the first 10 bytes of another: the cut is between
        // records, so no broken line gives it away. And one member cut in the middle.
        let between = folder.appendingPathComponent("between.jsonl.gz").path, middle = folder.appendingPathComponent("middle.jsonl.gz").path
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.currentDirectoryURL = folder
        shell.arguments = ["-c", "gzip -c a.jsonl > '\(between)' && gzip -c b.jsonl | head -c 10 >> '\(between)' && "
            + "gzip -c a.jsonl > whole.gz && head -c $(( $(wc -c < whole.gz) / 2 )) whole.gz > '\(middle)'"]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let reason = "the gzip data ends early (unexpected end of file): records after the cut are lost"

        let run = try Battery.extract([between])
        #expect(run.ids == (0..<300).map { "a\($0)" })
        #expect(run.errors == [ErrorRecord(between, 0, nil, reason)])

        let cut = try Battery.extract(["-"], stdin: Array(try Data(contentsOf: URL(fileURLWithPath: middle))))
        #expect(!cut.ids.isEmpty && cut.ids.count < 300)
        #expect(cut.ids == (0..<cut.ids.count).map { "a\($0)" }, "the records before the cut, in order")
        // The cut is reported, and so is the line it broke, if it broke one.
        #expect(cut.errors.first == ErrorRecord("<stdin>", 0, nil, reason))
        #expect(cut.errors.dropFirst().allSatisfy { $0.line == cut.ids.count + 1 } && cut.errors.count <= 2, "\(cut.errors)")
    }

    @Test("A text field that is a number, null, missing or another kind is an error naming the record; odd ids are handled")
    func fieldKinds() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id":"number","text":42}"#,
            #"{"id":"null","text":null}"#,
            #"{"id":"missing","body":"Minsk"}"#,
            #"{"id":"object","text":{"value":"Minsk"}}"#,
            #"{"id":"array","text":["Minsk"]}"#,
            #"{"id":"bool","text":false}"#,
            #"{"id":"empty","text":""}"#,
            #"{"id":null,"text":"Minsk"}"#,
            #"{"id":{"n":1},"text":"Minsk"}"#,
            #"{"id":17,"text":"Minsk"}"#,
            #"{"text":"Minsk"}"#,
            #"{"id":"","text":"Minsk"}"#,
            #"{"id":"NaN","text":NaN}"#,
        ]
        let path = try Battery.write(Battery.bytes(lines.joined(separator: "\n")), "kinds.jsonl", in: folder)
        let run = try Battery.extract([path])
        #expect(run.errors == [
            ErrorRecord(path, 1, "number", "field 'text' is a number, expected a string"),
            ErrorRecord(path, 2, "null", "field 'text' is null, expected a string"),
            ErrorRecord(path, 3, "missing", "missing field 'text'"),
            ErrorRecord(path, 4, "object", "field 'text' is an object, expected a string"),
            ErrorRecord(path, 5, "array", "field 'text' is an array, expected a string"),
            ErrorRecord(path, 6, "bool", "field 'text' is a boolean, expected a string"),
            ErrorRecord(path, 8, nil, "field 'id' is null, expected a string"),
            ErrorRecord(path, 9, nil, "field 'id' is an object, expected a string"),
            ErrorRecord(path, 13, "NaN", "invalid JSON: unexpected character 'N' at byte 20 (in field 'text')"),
        ])
        // An empty text is an article with nothing in it; a number id becomes a string; a
        // missing id becomes FILE:LINE; an empty id is kept.
        #expect(run.ids == ["empty", "17", "\(path):11", ""])
        #expect(run.entities("empty").isEmpty)
    }

    @Test("Duplicate ids: both records are processed and written, in input order, with no warning")
    func duplicateIDs() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id":"a","text":"Minsk","n":1}"#,
            #"{"id":"b","text":"Brest"}"#,
            #"{"id":"a","text":"BelAZ","n":2}"#,
            #"{"id":"a","text":"Minsk","n":3}"#,
        ]
        let path = try Battery.write(Battery.bytes(lines.joined(separator: "\n") + "\n"), "dups.jsonl", in: folder)
        let run = try Battery.extract([path, "--jobs", "2"])
        #expect(run.ids == ["a", "b", "a", "a"])
        #expect(run.records.map { $0["n"] as? Int } == [1, nil, 2, 3])
        #expect(run.records.map { $0["text"] as? String } == ["Minsk", "Brest", "BelAZ", "Minsk"])
        #expect(run.errors.isEmpty)
        let stderrLines = run.stderr.split(separator: "\n")
        #expect(stderrLines.count == 1 && stderrLines.first?.hasPrefix("gazette: 4 records read, 4 written, 0 failed") == true,
                "no warning, only the summary: \(run.stderr)")
        // Into a file (whose checkpoints count records by position, not id) alike.
        let output = folder.appendingPathComponent("out.jsonl").path
        #expect(try Battery.extract([path], output: output).stdout == run.stdout)
    }

    @Test("Blank and white-space lines are no records but count for line numbers; an unterminated last line is a record")
    func blankLinesAndLastLine() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "\n" + "   \t \n" + #"{"id":"a","text":"Minsk"}"# + "\n" + "\r\n" + " \t\r\n" + #"{"id":"b"}"# + "\n\n\t\n"
            + #"{"id":"c","text":"BelAZ"}"#
        let path = try Battery.write(Battery.bytes(text), "blank.jsonl", in: folder)
        let run = try Battery.extract([path])
        #expect(run.ids == ["a", "c"])
        #expect(run.errors == [ErrorRecord(path, 6, "b", "missing field 'text'")])
        #expect(run.stderr.contains("3 records read, 2 written, 1 failed"))

        // Inputs with no records at all: an empty JSON-lines file, blank lines only, and a
        // standard input that is empty or white space (an empty Spark partition adds nothing).
        let empty = try Battery.write([], "empty.jsonl", in: folder)
        let blanks = try Battery.write(Battery.bytes("\n \n\r\n\t\n"), "blanks.jsonl", in: folder)
        for (arguments, stdin) in [([empty, blanks], nil), (["-"], []), (["-"], Battery.bytes(" \n\t\r\n")), (["-"], [0xEF, 0xBB, 0xBF])] as [([String], [UInt8]?)] {
            let nothing = try Battery.extract(arguments, stdin: stdin)
            #expect(nothing.records.isEmpty && nothing.errors.isEmpty, "\(arguments)")
            #expect(nothing.stderr.contains("0 records read, 0 written, 0 failed"))
        }
        // A text file is one article, even an empty or blank one.
        let emptyText = try Battery.write([], "empty.txt", in: folder)
        let blankText = try Battery.write(Battery.bytes(" \n\t"), "blank.txt", in: folder)
        let texts = try Battery.extract([emptyText, blankText])
        #expect(texts.ids == ["empty", "blank"])
        #expect(texts.records.map { $0["text"] as? String } == ["", " \n\t"])
    }
}
