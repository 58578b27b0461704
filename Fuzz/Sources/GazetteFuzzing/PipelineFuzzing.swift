#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Gazette

/// The whole pipeline under fuzzing: the bytes as one article's text (invalid UTF-8
/// repaired, as no reader would pass it on), through `Extractor` with the shipped lexicons,
/// then rendered as JSON-lines, brat, CoNLL and HTML. The JSON-lines record is parsed back
/// and its offsets checked against the text, so a wrong offset stops the fuzzer as surely
/// as a crash does.
public enum PipelineFuzzing {
    /// The shipped lexicons, loaded once per process (`$GAZETTE_LEXICONS`, else the
    /// `Lexicons/` folder above the executable, as the `gazette` tool finds them).
    static let extractor: Extractor = {
        do {
            return try Extractor()
        } catch {
            // Without lexicons the target would test nothing: stop at once, loudly.
            let message = Array("gazette-fuzz-pipeline: cannot load the lexicons: \(error)\n".utf8)
            _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            exit(2)
        }
    }()

    public static func check(_ input: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: input, as: UTF8.self)
        let record = ArticleRecord(id: "fuzz", text: text, source: "fuzz")
        let extraction: Extraction
        do {
            extraction = try extractor.extract(text)
        } catch {
            return require(false, "extract failed on \(describe(Array(text.utf8))): \(error)")
        }
        let line = extraction.jsonLine(for: record)
        checkRecord(line, text: text, extraction: extraction)

        // The same text again gives the same bytes: no state leaks from one article into
        // the next (each thread reuses its segmenter).
        if let again = try? extractor.extract(text) {
            require(again.jsonLine(for: record) == line, "a second extraction of \(describe(Array(text.utf8))) differs")
        }
        checkBrat(extraction.bratAnnotations(), text: text)
        checkCoNLL(extraction.conll(), extraction: extraction)
        let html = extraction.htmlArticle(id: record.id, anchor: "doc-1")
        let marks = occurrences(of: "<mark ", in: html)
        require(marks == extraction.mentions.count, "HTML has \(marks) <mark> elements for \(extraction.mentions.count) mentions")
    }

    /// The JSON-lines record parses, holds the text unchanged, and every entity's offsets
    /// cut exactly its `text` out of the article (Python's `text[start:end]`).
    private static func checkRecord(_ line: [UInt8], text: String, extraction: Extraction) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return require(false, "output \(describe(line)) is not JSON: \(error)")
        }
        require(value["text"]?.stringValue == text, "output text differs from the input in \(describe(line))")
        let scalars = Array(text.unicodeScalars)
        let entities = value["entities"]?.arrayValue ?? []
        require(entities.count == extraction.mentions.count, "\(entities.count) entities for \(extraction.mentions.count) mentions")
        var previousEnd = 0
        var ids: Set<String> = []
        for (index, entity) in entities.enumerated() {
            let id = entity["id"]?.stringValue ?? ""
            require(id == "T\(index + 1)", "entity \(index) has id \(id)")
            ids.insert(id)
            guard let start = entity["start"]?.intValue, let end = entity["end"]?.intValue else {
                return require(false, "entity \(id) lacks integer offsets in \(describe(line))")
            }
            require(previousEnd <= start && start < end && end <= scalars.count,
                    "entity \(id) [\(start), \(end)) is out of order or bounds (text of \(scalars.count) code points, previous end \(previousEnd))")
            previousEnd = end
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            require(entity["text"]?.stringValue == String(slice),
                    "entity \(id) text \(entity["text"].map { "\($0)" } ?? "nil") is not text[\(start):\(end)] = \(describe(Array(String(slice).utf8)))")
            require(entity["canonical"]?.stringValue?.isEmpty == false, "entity \(id) has no canonical name")
        }
        for relation in value["relations"]?.arrayValue ?? [] {
            let head = relation["head"]?.stringValue ?? "", tail = relation["tail"]?.stringValue ?? ""
            require(ids.contains(head) && ids.contains(tail), "relation \(head) -> \(tail) names a missing entity")
            if let start = relation["trigger_start"]?.intValue, let end = relation["trigger_end"]?.intValue {
                require(0 <= start && start < end && end <= scalars.count, "trigger [\(start), \(end)) out of bounds")
            }
        }
    }

    /// Each brat `T` line has its three tab-separated fields, and each fragment's offsets
    /// cut its text out of the article.
    private static func checkBrat(_ annotations: String, text: String) {
        let scalars = Array(text.unicodeScalars)
        for line in annotations.utf8.split(separator: 0x0A) where line.first == UInt8(ascii: "T") {
            // The text field is the rest of the line: brat and `BratReader` split at the first
            // two tabs only, so a tab inside a mention is fine.
            let fields = line.split(separator: 0x09, maxSplits: 2, omittingEmptySubsequences: false)
            require(fields.count == 3, "brat line \(describe(Array(line))) has \(fields.count) tab-separated fields, not 3")
            let offsets = String(decoding: fields[1], as: UTF8.self).split(separator: " ").dropFirst().joined(separator: " ")
            var pieces: [String] = []
            for fragment in offsets.split(separator: ";") {
                let numbers = fragment.split(separator: " ").compactMap { Int($0) }
                guard numbers.count == 2, 0 <= numbers[0], numbers[0] < numbers[1], numbers[1] <= scalars.count else {
                    return require(false, "brat fragment '\(fragment)' is not in bounds in \(describe(Array(line)))")
                }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[numbers[0]..<numbers[1]])
                pieces.append(String(slice))
            }
            require(pieces.joined(separator: " ").utf8.elementsEqual(fields[2]), "brat line \(describe(Array(line))) does not match its offsets")
        }
    }

    /// One `TOKEN TAG` line per token, a blank line after each sentence, and no token that
    /// breaks its line.
    private static func checkCoNLL(_ output: String, extraction: Extraction) {
        let lines = Array(output.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        // The document line and blank line, tokens and sentence ends, and the final "".
        let expected = 2 + extraction.text.tokens.count + extraction.text.sentences.count + 1
        require(lines.count == expected, "CoNLL has \(lines.count) lines, expected \(expected)")
        for line in lines where !line.isEmpty {
            require(line.count { $0 == 0x20 } == 1, "CoNLL line \(describe(Array(line))) has not exactly two columns")
            let breaks: Set<Unicode.Scalar> = ["\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
            require(!String(decoding: line, as: UTF8.self).unicodeScalars.contains(where: breaks.contains), "CoNLL line \(describe(Array(line))) holds a line break")
        }
    }
}

/// How many times `needle` occurs in `bytes` (the needles here do not overlap themselves).
func occurrences(of needle: String, in bytes: [UInt8]) -> Int {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return 0 }
    var count = 0
    for index in 0...(bytes.count - pattern.count) where bytes[index] == first {
        if bytes[index..<index + pattern.count].elementsEqual(pattern) { count += 1 }
    }
    return count
}
