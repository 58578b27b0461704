import Foundation
import Gazette

/// Where records and errors go: stdout, or a file written under `FILE.partial` and renamed
/// at the end, so a reader never sees a half-written output file.
///
/// With a file, a checkpoint (`FILE.partial.checkpoint`) records after every chunk how
/// many input records are done and how long both files were then. `--resume` truncates the
/// files back to that point, so a run killed at any moment continues with no record
/// missing and none written twice.
public final class OutputSink {
    struct Checkpoint: Codable, Equatable {
        var records: Int
        var outputBytes: UInt64
        var errorBytes: UInt64
        var inputs: [String]
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotCreate(String)
        case cannotWrite(String)
        case resumeMismatch(String)

        public var description: String {
            switch self {
            case let .cannotCreate(path): return "cannot create \(path)"
            case let .cannotWrite(reason): return "cannot write the output: \(reason)"
            case let .resumeMismatch(reason): return "cannot resume: \(reason)"
            }
        }
    }

    let handle: FileHandle
    private let partialPath: String?
    private let finalPath: String?
    private let errorHandle: FileHandle?
    private let inputs: [String]
    private var buffer: [UInt8] = []
    /// Records waiting to be written, kept as the renderer made them: `flush` hands them to
    /// `writev(2)` with a line break after each, so their bytes are never copied into `buffer`.
    /// Holds data only while `buffer` is empty, which keeps the output in write order.
    var pendingRecords: [[UInt8]] = []
    private var pendingRecordBytes = 0
    /// The line break written after each pending record.
    let lineBreak: UnsafeMutableRawPointer
    /// The first failed write: reported by `checkpoint` or `finish`; nothing is written after it.
    var writeFailure: Failure?
    private var errorBuffer: [UInt8] = []
    var outputBytes: UInt64 = 0
    private var errorBytes: UInt64 = 0
    /// Input records already done by the run being resumed.
    public private(set) var resumedRecords = 0
    /// Shows each error to the user: stderr; tests replace it to read the messages.
    var errorDisplay: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    /// Writes vectors to a file descriptor: `writev(2)`; tests replace it to force short
    /// writes, interruptions and failures.
    var vectorWrite: (Int32, UnsafePointer<iovec>?, Int32) -> Int = { descriptor, vectors, count in
        writev(descriptor, vectors, count)
    }

    /// - Parameters:
    ///   - path: the output file; nil writes to stdout (no checkpoints, no resume).
    ///   - errorsPath: where error records also go as JSON-lines, if anywhere.
    ///   - inputs: the run's input paths, kept in the checkpoint so `resume` refuses another run's file.
    ///   - resume: continue from the checkpoint of an interrupted run into `path`.
    public init(path: String?, errorsPath: String?, inputs: [String], resume: Bool) throws {
        self.inputs = inputs
        lineBreak = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
        lineBreak.storeBytes(of: 0x0A, as: UInt8.self)
        var checkpoint: Checkpoint?
        if let path {
            let partial = path + ".partial"
            if resume {
                checkpoint = try Self.readCheckpoint(path + ".partial.checkpoint")
                if let found = checkpoint, found.inputs != inputs {
                    throw Failure.resumeMismatch("\(partial) was written for inputs \(found.inputs), not \(inputs)")
                }
            }
            if checkpoint == nil || !FileManager.default.fileExists(atPath: partial) {
                checkpoint = nil
                guard FileManager.default.createFile(atPath: partial, contents: nil) else { throw Failure.cannotCreate(partial) }
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            if let checkpoint {
                try handle.truncate(atOffset: checkpoint.outputBytes)
                try handle.seekToEnd()
            }
            partialPath = partial
            finalPath = path
        } else {
            handle = FileHandle.standardOutput
            partialPath = nil
            finalPath = nil
        }
        if let errorsPath {
            if checkpoint == nil || !FileManager.default.fileExists(atPath: errorsPath) {
                guard FileManager.default.createFile(atPath: errorsPath, contents: nil) else { throw Failure.cannotCreate(errorsPath) }
            }
            let errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
            try errorHandle.truncate(atOffset: checkpoint?.errorBytes ?? 0)
            try errorHandle.seekToEnd()
            self.errorHandle = errorHandle
        } else {
            errorHandle = nil
        }
        resumedRecords = checkpoint?.records ?? 0
        outputBytes = checkpoint?.outputBytes ?? 0
        errorBytes = checkpoint?.errorBytes ?? 0
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        lineBreak.deallocate()
    }

    private static func readCheckpoint(_ path: String) throws -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try JSONDecoder().decode(Checkpoint.self, from: data)
    }

    /// Appends one record followed by a line break.
    public func write(record bytes: [UInt8]) {
        guard buffer.isEmpty else {
            buffer.append(contentsOf: bytes)
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 { flush() }
            return
        }
        pendingRecords.append(bytes)
        pendingRecordBytes += bytes.count + 1
        if pendingRecordBytes >= 1 << 20 || pendingRecords.count >= Self.maxPendingRecords { flush() }
    }

    /// Appends bytes as they are, for formats whose records end in their own line breaks
    /// (CoNLL blocks) or that are not line-based (an HTML page).
    public func write(raw bytes: [UInt8]) {
        if !pendingRecords.isEmpty { flush() }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Reports an error on stderr and, with an errors file, as a JSON-lines record there.
    public func write(error: RecordError) {
        errorDisplay("gazette: \(error)\n")
        if errorHandle != nil {
            errorBuffer.append(contentsOf: error.jsonLine)
            errorBuffer.append(0x0A)
        }
    }

    public func flush() {
        if !pendingRecords.isEmpty {
            var vectors: [iovec] = []
            vectors.reserveCapacity(2 * pendingRecords.count)
            writePendingRecords(from: 0, vectors: &vectors)
            pendingRecords.removeAll(keepingCapacity: true)
            pendingRecordBytes = 0
        }
        if !buffer.isEmpty {
            buffer.withUnsafeMutableBytes { bytes in
                var vectors = [iovec(iov_base: bytes.baseAddress, iov_len: bytes.count)]
                writeAll(&vectors)
            }
            buffer.removeAll(keepingCapacity: true)
        }
        if let errorHandle, !errorBuffer.isEmpty {
            errorHandle.write(Data(errorBuffer))
            errorBytes += UInt64(errorBuffer.count)
            errorBuffer.removeAll(keepingCapacity: true)
        }
    }

    /// Flushes, makes the data durable, then records that `records` input records are done.
    public func checkpoint(records: Int) throws {
        flush()
        if let writeFailure { throw writeFailure }
        guard let partialPath else { return }
        try handle.synchronize()
        try errorHandle?.synchronize()
        let checkpoint = Checkpoint(records: records, outputBytes: outputBytes, errorBytes: errorBytes, inputs: inputs)
        let path = partialPath + ".checkpoint"
        try JSONEncoder().encode(checkpoint).write(to: URL(fileURLWithPath: path + ".tmp"))
        // rename(2) replaces the old checkpoint atomically: a kill leaves the old or the new one.
        guard rename(path + ".tmp", path) == 0 else { throw Failure.cannotCreate(path) }
    }

    /// Flushes and, for a file, renames `FILE.partial` to `FILE` and removes the checkpoint.
    public func finish() throws {
        flush()
        if let writeFailure { throw writeFailure }
        if let partialPath, let finalPath {
            try handle.close()
            if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
            try FileManager.default.moveItem(atPath: partialPath, toPath: finalPath)
            try? FileManager.default.removeItem(atPath: partialPath + ".checkpoint")
        }
        try errorHandle?.close()
    }
}
