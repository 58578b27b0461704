import Foundation
import GazetteIO

/// Reads brat standoff gold: a `NAME.txt` holding the document text and a `NAME.ann`
/// holding its annotations, one per line; the document id is NAME.
///
/// - `T1<TAB>TYPE START END<TAB>text`: an entity. Offsets are taken as code points (brat
///   is a Python application and counts Python string indices). Discontinuous spans
///   (`START END;START END`) are rejected: Gazette's mentions are contiguous.
/// - `R1<TAB>type Arg1:T1 Arg2:T2`: a relation from the first argument to the second.
/// - Attribute, normalisation, note and equivalence lines (`A`, `M`, `N`, `#`, `*`) are
///   ignored; event lines (`E`) are ignored with a warning.
public enum BratReader {
    public struct Result: Sendable {
        public var documents: [LocatedDocument] = []
        public var errors: [RecordError] = []
        public var warnings: [RecordError] = []
    }

    /// Every `.ann` file of a folder (not its subfolders), sorted, with its `.txt`.
    public static func read(folder: String) -> Result {
        var result = Result()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let annotationFiles = names.filter { $0.hasSuffix(".ann") }.sorted()
        if annotationFiles.isEmpty {
            result.errors.append(RecordError(source: folder, line: 0, reason: "no brat .ann files in this folder"))
        }
        for name in annotationFiles {
            let stem = String(name.dropLast(".ann".count))
            let pair = read(annotationFile: folder + "/" + name, textFile: folder + "/" + stem + ".txt", id: stem)
            result.documents += pair.documents
            result.errors += pair.errors
            result.warnings += pair.warnings
        }
        let unannotated = names.filter { $0.hasSuffix(".txt") && !annotationFiles.contains(String($0.dropLast(".txt".count)) + ".ann") }
        for name in unannotated.sorted() {
            result.warnings.append(RecordError(source: folder + "/" + name, line: 0, reason: "no matching .ann file; not read"))
        }
        return result
    }

    /// One `.ann` file and its text.
    public static func read(annotationFile: String, textFile: String, id: String) -> Result {
        var result = Result()
        guard let annotationData = FileManager.default.contents(atPath: annotationFile),
              let annotations = String(validating: [UInt8](annotationData), as: UTF8.self)
        else {
            result.errors.append(RecordError(source: annotationFile, line: 0, reason: "cannot read this file as UTF-8"))
            return result
        }
        guard let textData = FileManager.default.contents(atPath: textFile), let text = String(validating: [UInt8](textData), as: UTF8.self) else {
            result.errors.append(RecordError(source: annotationFile, line: 0, reason: "cannot read its text file \(textFile) as UTF-8"))
            return result
        }
        return parse(annotations: annotations, text: text, id: id, source: annotationFile)
    }

    /// Parses the contents of a `.ann` file.
    public static func parse(annotations: String, text: String, id: String, source: String) -> Result {
        var result = Result()
        var located = LocatedDocument(document: AnnotatedDocument(id: id, text: text, entities: [], relations: [], source: source, line: 0))
        func fail(_ line: Int, _ reason: String) { result.errors.append(RecordError(source: source, line: line, id: id, reason: reason)) }
        for (index, rawLine) in annotations.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard let kind = line.first else { continue }
            switch kind {
            case "T":
                switch entity(from: line) {
                case let .success(entity):
                    located.document.entities.append(entity)
                    located.entityLines.append(lineNumber)
                case let .failure(problem): fail(lineNumber, problem.reason)
                }
            case "R":
                switch relation(from: line) {
                case let .success(relation):
                    located.document.relations.append(relation)
                    located.relationLines.append(lineNumber)
                case let .failure(problem): fail(lineNumber, problem.reason)
                }
            case "A", "M", "N", "#", "*":
                continue
            case "E":
                result.warnings.append(RecordError(source: source, line: lineNumber, id: id, reason: "event annotations are not scored; ignored"))
            default:
                fail(lineNumber, "not a brat annotation line (expected T, R, A, M, N, E, # or *)")
            }
        }
        result.documents.append(located)
        return result
    }

    /// Why one annotation line could not be read.
    private struct LineProblem: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func entity(from line: Substring) -> Swift.Result<AnnotatedDocument.Entity, LineProblem> {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        let shape = "expected ID<TAB>TYPE START END<TAB>TEXT"
        guard fields.count == 3 else { return .failure(LineProblem(shape)) }
        let typeAndOffsets = fields[1].split(separator: " ", maxSplits: 1)
        guard typeAndOffsets.count == 2 else { return .failure(LineProblem(shape)) }
        let offsets = typeAndOffsets[1]
        if offsets.contains(";") {
            return .failure(LineProblem("discontinuous span '\(offsets)' is not supported: Gazette mentions are contiguous"))
        }
        let numbers = offsets.split(separator: " ").map { Int($0) }
        guard numbers.count == 2, let start = numbers[0], let end = numbers[1] else {
            return .failure(LineProblem("offsets '\(offsets)' are not START END"))
        }
        return .success(AnnotatedDocument.Entity(id: String(fields[0]), type: String(typeAndOffsets[0]), start: start, end: end, text: String(fields[2])))
    }

    private static func relation(from line: Substring) -> Swift.Result<AnnotatedDocument.Relation, LineProblem> {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        let parts = fields.count >= 2 ? fields[1].split(separator: " ") : []
        let arguments = parts.dropFirst().compactMap { part -> String? in
            guard let colon = part.firstIndex(of: ":") else { return nil }
            return String(part[part.index(after: colon)...])
        }
        guard parts.count == 3, arguments.count == 2 else {
            return .failure(LineProblem("expected ID<TAB>type Arg1:T1 Arg2:T2"))
        }
        return .success(AnnotatedDocument.Relation(type: String(parts[0]), head: arguments[0], tail: arguments[1]))
    }
}
