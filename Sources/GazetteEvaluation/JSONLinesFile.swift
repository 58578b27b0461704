import Foundation
import GazetteIO

/// The parsed records of a JSON-lines file, each with its 1-based line number; blank lines
/// are skipped and lines that are not JSON come back as errors.
struct JSONLinesFile {
    struct Record {
        var line: Int
        var value: JSONValue
    }

    var path: String
    var records: [Record] = []
    var errors: [RecordError] = []

    init(path: String) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            errors.append(RecordError(source: path, line: 0, reason: "cannot read this file"))
            return
        }
        var lineNumber = 0
        for line in [UInt8](data).split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.last == 0x0D ? line.dropLast() : line
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                records.append(Record(line: lineNumber, value: try JSONParser.parse(Array(content))))
            } catch {
                errors.append(RecordError(source: path, line: lineNumber, reason: "invalid JSON: \(error)"))
            }
        }
    }

    /// The files a command-line path stands for: the file itself, or the `*.jsonl` files of a
    /// folder (not its subfolders), sorted; an error when there are none.
    static func expand(_ path: String) -> Result<[String], RecordError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(RecordError(source: path, line: 0, reason: "no such file or folder"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { $0.hasSuffix(".jsonl") }.sorted().map { joined(path, $0) }
        if files.isEmpty { return .failure(RecordError(source: path, line: 0, reason: "no .jsonl files in this folder")) }
        return .success(files)
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
