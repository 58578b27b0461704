import Foundation

/// Finds and loads the `Lexicons/` folder.
///
/// Search order (first hit wins), chosen so that `swift run`, a copied binary and a test
/// all find the data without a flag: an explicit directory (the `--lexicons` flag), the
/// `GAZETTE_LEXICONS` environment variable, a `Lexicons/` folder next to the executable or
/// in any of its ancestors (a build folder inside the checkout), and `./Lexicons`.
public enum LexiconLoader {
    public static let environmentVariable = "GAZETTE_LEXICONS"

    public struct NotFound: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "no Lexicons folder found (searched: \(searched.joined(separator: ", "))); "
                + "pass --lexicons DIR or set \(LexiconLoader.environmentVariable)"
        }
    }

    /// The directory to load from, or `NotFound` naming every place tried.
    public static func locate(
        explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = CommandLine.arguments.first,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> String {
        if let explicit { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        var searched: [String] = []
        if let executablePath {
            var directory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("Lexicons").path
                searched.append(candidate)
                if isLexiconFolder(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("Lexicons").path
        searched.append(local)
        if isLexiconFolder(local) { return local }
        throw NotFound(searched: searched)
    }

    static func isLexiconFolder(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("region.tsv"))
    }

    /// Loads every `*.tsv` file below `directory` (sorted, recursive) and compiles them.
    /// Throws `LexiconLoadErrors` listing every bad line as `file:line: reason`.
    ///
    /// Lexicons of the cache's `minimumBytes` or more are compiled once and then read from
    /// `cache` (by default the one the environment names; nil turns it off).
    public static func load(
        directory: String, cache: CompiledLexiconCache? = CompiledLexiconCache.fromEnvironment()
    ) throws -> Lexicons {
        let root = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconLoadErrors(errors: [LexiconError(location: SourceLocation(file: directory, line: 0), reason: "no such folder")])
        }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw LexiconLoadErrors(errors: [LexiconError(location: SourceLocation(file: directory, line: 0), reason: "cannot read folder")])
        }
        let paths = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "tsv" }.map(\.path).sorted()
        guard !paths.isEmpty else {
            throw LexiconLoadErrors(errors: [LexiconError(location: SourceLocation(file: directory, line: 0), reason: "no .tsv lexicon files in this folder")])
        }
        var files: [(path: String, data: Data)] = []
        var errors: [LexiconError] = []
        for path in paths {
            let display = relativePath(path, to: root.path)
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(LexiconError(location: SourceLocation(file: display, line: 0), reason: "cannot read file"))
                continue
            }
            files.append((display, data))
        }
        if !errors.isEmpty { throw LexiconLoadErrors(errors: errors) }

        let size = files.reduce(0) { $0 + $1.data.count }
        let cache = cache.flatMap { size >= $0.minimumBytes ? $0 : nil }
        let absolute = root.standardizedFileURL.path
        let fingerprint = cache.map { _ in CompiledLexiconCache.fingerprint(directory: absolute, files: files) } ?? 0
        if let cache, let cached = cache.load(directory: absolute, fingerprint: fingerprint) { return cached }

        var entries: [LexiconEntry] = []
        for file in files {
            // Bytes, not a String: a line with invalid UTF-8 is then reported with its number.
            let parsed = file.data.withUnsafeBytes { LexiconFileParser.parse(bytes: $0.bindMemory(to: UInt8.self), file: file.path) }
            entries += parsed.entries
            errors += parsed.errors
        }
        if !errors.isEmpty { throw LexiconLoadErrors(errors: errors) }
        let lexicons = try Lexicons(entries: entries)
        cache?.store(lexicons, directory: absolute, fingerprint: fingerprint)
        return lexicons
    }

    private static func relativePath(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return "Lexicons/" + (path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path)
    }
}
