import Foundation

/// Runs the built `gazette` executable, as a user would, and captures what it prints.
public struct GazetteBinary {
    public struct Run {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// Each non-empty stdout line parsed as a JSON object.
        public func records() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CocoaError(.propertyListReadCorrupt)
                }
                return object
            }
        }
    }

    /// The executable next to the test bundle (SwiftPM puts products in one folder).
    public static var url: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("gazette"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gazette"),
            TestSupport.repositoryRoot.appendingPathComponent(".build/debug/gazette"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }

    /// Runs `gazette arguments…` with `stdin` (or the raw bytes `stdinBytes`, which need not
    /// be UTF-8) as standard input, in the repository folder.
    public static func run(
        _ arguments: [String], stdin: String? = nil, stdinBytes: Data? = nil, environment: [String: String]? = nil, executable: URL = url
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.repositoryRoot
        if let environment { process.environment = environment }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        if let stdinBytes { input.fileHandleForWriting.write(stdinBytes) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
