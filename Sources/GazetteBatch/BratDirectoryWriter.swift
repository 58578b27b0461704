import Foundation
import Gazette

/// Writes a brat standoff folder (`--format brat -o DIR`): per article `STEM.txt`, the text
/// exactly, and `STEM.ann`, its annotations (`Extraction.bratAnnotations`), plus an
/// `annotation.conf` declaring Gazette's types. `gazette evaluate --gold DIR` reads the
/// folder back.
///
/// Files are written one record at a time as chunks complete, never buffered for the
/// whole run, each file atomically (written aside, then renamed), the `.txt` before its
/// `.ann`, so a reader never sees half a pair. The stem is the record's id, with `/`, `\`
/// and control characters replaced by `_`, a leading `.` guarded, and cut to 200 bytes.
/// Two records of one run that would share a stem make the second one an error. Files
/// already in the folder from an earlier run are replaced when this run writes the same
/// stem and left as they are otherwise.
public final class BratDirectoryWriter: RecordWriter {
    private let directory: URL
    /// Stems of `.ann` files in the folder before the run, and those of them this run wrote.
    private let preexisting: Set<String>
    private var rewritten: Set<String> = []

    public enum Failure: Error, CustomStringConvertible {
        case notAFolder(String)
        case cannotCreate(String, String)

        public var description: String {
            switch self {
            case let .notAFolder(path): return "\(path) exists and is not a folder (--format brat writes a folder of NAME.txt and NAME.ann files)"
            case let .cannotCreate(path, reason): return "cannot create \(path): \(reason)"
            }
        }
    }

    public init(directory path: String) throws {
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure.notAFolder(path) }
        } else {
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw Failure.cannotCreate(path, error.localizedDescription)
            }
        }
        directory = URL(fileURLWithPath: path, isDirectory: true)
        let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        preexisting = Set(names.filter { $0.hasSuffix(".ann") }.map { String($0.dropLast(".ann".count)) })
        if !preexisting.isEmpty {
            FileHandle.standardError.write(Data("gazette: warning: \(path) already holds \(preexisting.count) .ann file\(preexisting.count == 1 ? "" : "s"); those of articles not in this run are left as they are\n".utf8))
        }
        do {
            try Data(Extraction.bratConfiguration.utf8).write(to: directory.appendingPathComponent("annotation.conf"), options: .atomic)
        } catch {
            throw Failure.cannotCreate(directory.appendingPathComponent("annotation.conf").path, error.localizedDescription)
        }
    }

    public func write(_ rendered: RenderedRecord, for record: ArticleRecord) -> RecordError? {
        let stem = Self.fileStem(for: record.id)
        let annotations = directory.appendingPathComponent(stem + ".ann")
        let renamed = stem == record.id ? "" : " (written as '\(stem)')"
        func failure(_ reason: String) -> RecordError { RecordError(source: record.source, line: record.line, id: record.id, reason: reason) }
        let writtenBefore = preexisting.contains(stem)
            ? rewritten.contains(stem) : FileManager.default.fileExists(atPath: annotations.path)
        if writtenBefore {
            return failure("an earlier record of this run was already written as \(stem).ann\(renamed); brat file names come from ids, which must be unique")
        }
        do {
            try Data(record.text.utf8).write(to: directory.appendingPathComponent(stem + ".txt"), options: .atomic)
            try Data(rendered.bytes).write(to: annotations, options: .atomic)
        } catch {
            return failure("cannot write \(annotations.deletingPathExtension().path).txt/.ann: \(error.localizedDescription)")
        }
        if preexisting.contains(stem) { rewritten.insert(stem) }
        return nil
    }

    public func finish() throws {}

    /// The file name stem for a record id (see the type's documentation).
    public static func fileStem(for id: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in id.unicodeScalars {
            let unsafe = scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
            view.append(unsafe ? "_" : scalar)
        }
        var stem = String(view)
        if stem.isEmpty || stem.hasPrefix(".") { stem = "_" + stem }
        while stem.utf8.count > 200 { stem.removeLast() }
        return stem
    }
}
