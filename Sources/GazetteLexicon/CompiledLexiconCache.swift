import Foundation

/// Keeps compiled lexicons on disk, so a large lexicon (a million aliases) is tokenized and
/// compiled once and later runs load it in a fraction of the time.
///
/// A cache file is keyed by the lexicon folder's path, the contents of every `.tsv` file in
/// it and the running executable (size and modification time): editing a lexicon or
/// rebuilding Gazette, whose folding may have changed, compiles afresh. The file carries a
/// checksum; a damaged or foreign file is ignored and replaced. Writing is atomic
/// (temporary file, then rename), so concurrent runs never read half a file.
///
/// Where: `$GAZETTE_LEXICON_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/gazette`,
/// else `~/.cache/gazette`. Only lexicons of at least `minimumBytes` (1 MB unless set) are
/// cached: the shipped ones compile in milliseconds.
public struct CompiledLexiconCache: Sendable {
    public static let environmentVariable = "GAZETTE_LEXICON_CACHE"
    public static let defaultMinimumBytes = 1_000_000
    /// Bumped whenever the encoding or a stored hash function changes.
    static let formatVersion = 4
    private static let magic: [UInt8] = Array("GZLXCACHE".utf8)

    /// The folder cache files go in.
    public let folder: String
    /// Lexicon folders whose `.tsv` files hold fewer bytes are compiled every time.
    public let minimumBytes: Int

    public init(folder: String, minimumBytes: Int = CompiledLexiconCache.defaultMinimumBytes) {
        self.folder = folder
        self.minimumBytes = minimumBytes
    }

    /// The cache the environment asks for, or nil when it is turned off.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> CompiledLexiconCache? {
        if let chosen = environment[environmentVariable], !chosen.isEmpty {
            return chosen == "off" ? nil : CompiledLexiconCache(folder: chosen)
        }
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty {
            return CompiledLexiconCache(folder: (base as NSString).appendingPathComponent("gazette"))
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return CompiledLexiconCache(folder: (home as NSString).appendingPathComponent(".cache/gazette"))
    }

    /// The key of a lexicon folder's current state: its path, each file's path and bytes,
    /// and the executable doing the compiling.
    static func fingerprint(directory: String, files: [(path: String, data: Data)]) -> UInt64 {
        var hash = ContentHash()
        hash.add(formatVersion)
        hash.add(MemoryLayout<PhraseMatch>.stride)
        hash.add(directory)
        for file in files {
            hash.add(file.path)
            file.data.withUnsafeBytes { hash.add($0) }
        }
        if let executable = Bundle.main.executablePath,
           let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            hash.add((attributes[.size] as? Int) ?? 0)
            hash.add(Int(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1_000_000))
        }
        return hash.value
    }

    private func prefix(directory: String) -> String {
        var hash = ContentHash()
        hash.add(directory)
        return "lexicons-" + String(hash.value, radix: 16)
    }

    func path(directory: String, fingerprint: UInt64) -> String {
        (folder as NSString).appendingPathComponent(prefix(directory: directory) + "-" + String(fingerprint, radix: 16) + ".bin")
    }

    /// The cached lexicons for this fingerprint, or nil (missing, damaged, another version).
    func load(directory: String, fingerprint: UInt64) -> Lexicons? {
        guard let data = FileManager.default.contents(atPath: path(directory: directory, fingerprint: fingerprint)) else { return nil }
        return data.withUnsafeBytes { bytes -> Lexicons? in
            guard bytes.count > Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic else { return nil }
            var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[Self.magic.count...]))
            guard (try? reader.int()) == Self.formatVersion,
                  let storedFingerprint = try? reader.int(), UInt64(bitPattern: Int64(storedFingerprint)) == fingerprint,
                  let checksum = try? reader.int(), let length = try? reader.int()
            else { return nil }
            let payloadStart = Self.magic.count + reader.offset
            guard length == bytes.count - payloadStart else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[payloadStart...])
            var hash = ContentHash()
            hash.add(payload)
            guard UInt64(bitPattern: Int64(checksum)) == hash.value else { return nil }
            return try? Lexicons.decoded(payload)
        }
    }

    /// Stores `lexicons` under this fingerprint and removes this folder's older cache
    /// files. Failing to write only means the next run compiles again.
    func store(_ lexicons: Lexicons, directory: String, fingerprint: UInt64) {
        let payload = lexicons.encoded()
        var hash = ContentHash()
        payload.withUnsafeBytes { hash.add($0) }
        var header = BinaryWriter()
        header.int(Self.formatVersion)
        header.int(Int(Int64(bitPattern: fingerprint)))
        header.int(Int(Int64(bitPattern: hash.value)))
        header.int(payload.count)
        let target = path(directory: directory, fingerprint: fingerprint)
        let temporary = target + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var data = Data(Self.magic)
            data.append(contentsOf: header.bytes)
            data.append(contentsOf: payload)
            try data.write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, target) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            return
        }
        let ownPrefix = prefix(directory: directory) + "-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(ownPrefix) && name.hasSuffix(".bin") && (folder as NSString).appendingPathComponent(name) != target {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }
}
