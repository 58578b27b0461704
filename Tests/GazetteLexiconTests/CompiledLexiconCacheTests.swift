import Foundation
@testable import GazetteLexicon
import GazetteTestSupport
import GazetteText
import Testing

@Suite("Compiled-lexicon cache")
struct CompiledLexiconCacheTests {
    private func temporaryFolder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of the shipped lexicons that a test may edit.
    private func lexiconCopy() throws -> String {
        let copy = try temporaryFolder("lexicons") + "/Lexicons"
        try FileManager.default.copyItem(atPath: TestSupport.path("Lexicons"), toPath: copy)
        return copy
    }

    private func cacheFiles(_ cache: CompiledLexiconCache) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache.folder).filter { $0.hasSuffix(".bin") }.sorted()
    }

    /// What a lexicon finds in a text: every kind's longest matches, with their entries.
    private func matches(_ lexicons: Lexicons, in text: String) throws -> [String] {
        let segmented = try Segmenter(options: lexicons.segmentationOptions).segment(text)
        let ids = lexicons.wordIDs(of: segmented)
        var found: [String] = []
        for kind in LexiconKind.allCases {
            for start in ids.indices {
                lexicons.table(kind).forEachMatch(in: ids, from: start, limit: ids.count) { length, phrases in
                    for match in phrases {
                        found.append("\(kind) \(start)+\(length) \(lexicons.entry(match).id) form \(match.formIndex)")
                    }
                }
            }
        }
        return found
    }

    @Test("A cached load gives the lexicons the compiler gives: entries, ids, matches, word facts")
    func roundTrip() throws {
        let directory = try lexiconCopy()
        let cache = CompiledLexiconCache(folder: try temporaryFolder("cache"), minimumBytes: 0)
        let compiled = try LexiconLoader.load(directory: directory, cache: cache)
        #expect(try cacheFiles(cache).count == 1)
        let cached = try LexiconLoader.load(directory: directory, cache: cache)
        #expect(cached !== compiled)
        #expect(cached.entries.map(\.id) == compiled.entries.map(\.id))
        #expect(cached.entries.map(\.aliases) == compiled.entries.map(\.aliases))
        #expect(cached.entries.map(\.attributes) == compiled.entries.map(\.attributes))
        #expect(cached.entries.map(\.source) == compiled.entries.map(\.source))
        #expect(cached.entry(id: "region.by.minsk")?.canonical == compiled.entry(id: "region.by.minsk")?.canonical)
        #expect(cached.abbreviationKeys == compiled.abbreviationKeys)
        #expect(cached.regionTypeWordIDs == compiled.regionTypeWordIDs)
        #expect(cached.weakRegionTypeKeys == compiled.weakRegionTypeKeys)
        #expect(cached.phraseStartKindsByWordAndShape == compiled.phraseStartKindsByWordAndShape)
        #expect(cached.entryTraits.map(\.isGeneric) == compiled.entryTraits.map(\.isGeneric))
        let text = try String(contentsOfFile: TestSupport.path("seeds/000_ca1ade26893ad6fd.txt"), encoding: .utf8)
        #expect(try matches(cached, in: text) == matches(compiled, in: text))
        #expect(try matches(cached, in: text).count > 50)
    }

    @Test("Editing a lexicon file compiles afresh and replaces the old cache file")
    func editInvalidates() throws {
        let directory = try lexiconCopy()
        let cache = CompiledLexiconCache(folder: try temporaryFolder("cache"), minimumBytes: 0)
        _ = try LexiconLoader.load(directory: directory, cache: cache)
        let before = try cacheFiles(cache)
        let file = directory + "/region.tsv"
        let edited = try String(contentsOfFile: file, encoding: .utf8) + "region.test.zzyzx\tREGION\tZzyzx\n"
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let lexicons = try LexiconLoader.load(directory: directory, cache: cache)
        #expect(lexicons.entry(id: "region.test.zzyzx") != nil)
        let after = try cacheFiles(cache)
        #expect(after.count == 1 && after != before)
        #expect(try LexiconLoader.load(directory: directory, cache: cache).entry(id: "region.test.zzyzx") != nil)
    }

    @Test("A damaged cache file is ignored and rewritten", arguments: ["truncated", "flipped", "empty"])
    func damaged(_ damage: String) throws {
        let directory = try lexiconCopy()
        let cache = CompiledLexiconCache(folder: try temporaryFolder("cache"), minimumBytes: 0)
        let compiled = try LexiconLoader.load(directory: directory, cache: cache)
        let path = cache.folder + "/" + (try cacheFiles(cache)[0])
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count / 2] ^= 0x5A
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fingerprint = try #require(readFingerprint(path))
        #expect(cache.load(directory: URL(fileURLWithPath: directory).standardizedFileURL.path, fingerprint: fingerprint) == nil)
        let reloaded = try LexiconLoader.load(directory: directory, cache: cache)
        #expect(reloaded.entries.map(\.id) == compiled.entries.map(\.id))
        // Rewritten whole: the next load reads it.
        #expect(cache.load(directory: URL(fileURLWithPath: directory).standardizedFileURL.path, fingerprint: fingerprint) != nil)
    }

    /// The fingerprint a cache file's name carries.
    private func readFingerprint(_ path: String) -> UInt64? {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.split(separator: "-").last.flatMap { UInt64($0, radix: 16) }
    }

    @Test("Small lexicons are not cached; the environment chooses the folder or turns caching off")
    func policy() throws {
        let directory = try lexiconCopy()
        let cache = CompiledLexiconCache(folder: try temporaryFolder("cache"))
        _ = try LexiconLoader.load(directory: directory, cache: cache)
        #expect(try cacheFiles(cache).isEmpty)  // the shipped lexicons are under 1 MB
        #expect(CompiledLexiconCache.fromEnvironment([CompiledLexiconCache.environmentVariable: "off", "HOME": "/root"]) == nil)
        #expect(CompiledLexiconCache.fromEnvironment([CompiledLexiconCache.environmentVariable: "/tmp/x"])?.folder == "/tmp/x")
        #expect(CompiledLexiconCache.fromEnvironment(["XDG_CACHE_HOME": "/var/c", "HOME": "/root"])?.folder == "/var/c/gazette")
        #expect(CompiledLexiconCache.fromEnvironment(["HOME": "/home/u"])?.folder == "/home/u/.cache/gazette")
        #expect(CompiledLexiconCache.fromEnvironment([:]) == nil)
    }
}
