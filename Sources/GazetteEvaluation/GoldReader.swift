import Foundation
import GazetteIO

/// Reads and validates gold from files and folders, in any `GoldFormat`, and rejects it
/// with every problem found: unreadable files, lines that are not JSON or not in shape,
/// invalid documents (`AnnotatedDocument.goldProblems`), and document ids given twice
/// across all the gold.
///
/// Format detection, unless forced: a folder holding `.ann` files is brat; otherwise its
/// `*.jsonl` files are read. A `.ann` file is one brat document. A JSON-lines file is
/// doccano when any record has doccano's shape (`DoccanoReader.looksLikeDoccano`), else
/// Gazette's.
public struct GoldReader: Sendable {
    /// The forced format, or nil to detect it.
    public var format: GoldFormat?

    public init(format: GoldFormat? = nil) { self.format = format }

    public func read(_ paths: [String]) -> DocumentSet {
        var set = DocumentSet()
        var located: [LocatedDocument] = []
        for path in paths {
            if isBrat(path) {
                let result = path.hasSuffix(".ann")
                    ? BratReader.read(annotationFile: path, textFile: String(path.dropLast(".ann".count)) + ".txt",
                                      id: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
                    : BratReader.read(folder: path)
                set.sources.append(path)
                located += result.documents
                set.errors += result.errors
                set.warnings += result.warnings
                continue
            }
            switch JSONLinesFile.expand(path) {
            case let .failure(error): set.errors.append(error)
            case let .success(files):
                for file in files {
                    set.sources.append(file)
                    located += readLines(file, into: &set)
                }
            }
        }
        for document in located {
            set.errors += document.document.goldProblems(entityLines: document.entityLines, relationLines: document.relationLines)
        }
        set.errors += Self.duplicateIDs(located.map(\.document))
        set.documents = located.map(\.document)
        return set
    }

    private func isBrat(_ path: String) -> Bool {
        if path.hasSuffix(".ann") { return format == nil || format == .brat }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
        if let format { return format == .brat }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains { $0.hasSuffix(".ann") } && !names.contains { $0.hasSuffix(".jsonl") }
    }

    private func readLines(_ path: String, into set: inout DocumentSet) -> [LocatedDocument] {
        let file = JSONLinesFile(path: path)
        set.errors += file.errors
        let isDoccano = format.map { $0 == .doccano } ?? file.records.contains { DoccanoReader.looksLikeDoccano($0.value) }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var documents: [LocatedDocument] = []
        for record in file.records {
            let parsed = isDoccano
                ? DoccanoReader.document(from: record.value, source: path, line: record.line, fallbackID: "\(name):\(record.line)")
                : AnnotatedDocument.from(record.value, source: path, line: record.line)
            switch parsed {
            case let .success(document): documents.append(LocatedDocument(document: document))
            case let .failure(error): set.errors.append(error)
            }
        }
        return documents
    }

    /// A document id used before, anywhere in the gold, is an error at each later use.
    static func duplicateIDs(_ documents: [AnnotatedDocument]) -> [RecordError] {
        var firstUse: [String: AnnotatedDocument] = [:]
        var errors: [RecordError] = []
        for document in documents {
            if let first = firstUse[document.id] {
                let place = first.line > 0 ? "\(first.source):\(first.line)" : first.source
                errors.append(RecordError(source: document.source, line: document.line, id: document.id, reason: "duplicate document id (first at \(place))"))
            } else {
                firstUse[document.id] = document
            }
        }
        return errors
    }
}
