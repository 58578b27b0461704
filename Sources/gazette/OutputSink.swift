import Foundation
import Gazette

/// Where records and errors go: stdout or a file written under a temporary name and
/// renamed at the end, so a reader never sees a half-written output file.
final class OutputSink {
    private let handle: FileHandle
    private let temporaryPath: String?
    private let finalPath: String?
    private let errorHandle: FileHandle?
    private var buffer: [UInt8] = []

    init(path: String?, errorsPath: String?) throws {
        if let path {
            let temporary = path + ".partial"
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                throw ValidationFailure("cannot create \(temporary)")
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            temporaryPath = temporary
            finalPath = path
        } else {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            finalPath = nil
        }
        if let errorsPath {
            guard FileManager.default.createFile(atPath: errorsPath, contents: nil) else {
                throw ValidationFailure("cannot create \(errorsPath)")
            }
            errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
        } else {
            errorHandle = nil
        }
        buffer.reserveCapacity(1 << 20)
    }

    func write(record bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    func write(error: RecordError) {
        FileHandle.standardError.write(Data("gazette: \(error)\n".utf8))
        if let errorHandle { errorHandle.write(Data(error.jsonLine + [0x0A])) }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        flush()
        if let temporaryPath, let finalPath {
            try handle.close()
            if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
        }
        try errorHandle?.close()
    }
}

struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
