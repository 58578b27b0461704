import Foundation
import GazetteLexicon
import Testing

/// Lexicon files as editors and scripts leave them: byte order marks, CRLF, bad columns,
/// unknown types, empty or duplicate ids, invalid UTF-8. Loading either works or names the
/// file and line of every problem; it never loads a bad line silently.
@Suite("Lexicon files with bad lines")
struct LexiconHostileFileTests {
    /// A Lexicons folder holding `files` (relative path → bytes).
    private func folder(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-lexicons-\(UUID().uuidString)")
        for (name, bytes) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root.path
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The load errors, one message per line; empty when the folder loads.
    private func loadErrors(_ files: [String: [UInt8]]) throws -> [String] {
        do {
            _ = try LexiconLoader.load(directory: try folder(files))
            return []
        } catch let errors as LexiconLoadErrors {
            return errors.errors.map(\.description)
        }
    }

    @Test("A byte order mark and CRLF line ends, as Windows editors write them, load cleanly")
    func windowsFiles() throws {
        let lexicons = try LexiconLoader.load(directory: try folder([
            "region.tsv": [0xEF, 0xBB, 0xBF] + bytes("region.minsk\tREGION\tMinsk\r\nregion.brest\tREGION\tBrest\tBierascie\r\n"),
        ]))
        #expect(lexicons.entries.map(\.id) == ["region.minsk", "region.brest"])
        #expect(lexicons.entries.last?.aliases == ["Bierascie"])
    }

    @Test("Wrong column counts, unknown types and empty ids are reported by file and line; all of them in one pass")
    func badLines() throws {
        let errors = try loadErrors([
            "region.tsv": bytes([
                "region.minsk\tREGION\tMinsk",
                "region.brest REGION Brest",           // 2: spaces, not tabs
                "region.gomel\tREGION",                 // 3: two columns
                "region.x\tREGION\tX\tA\tk=v\textra",   // 4: six columns
                "\tREGION\tGrodno",                     // 5: empty id
                "region.vitebsk\tregion\tVitebsk",      // 6: a type in the wrong case
                "region.mogilev\tCITY\tMogilev",        // 7: no such type
                "region.ok\tREGION\tOrsha",
            ].joined(separator: "\n")),
            "cues/titles.tsv": bytes("# titles\n\ntitle.x\tTITEL\tGovernor\n"),
        ])
        #expect(errors.count == 7)
        let expectedPrefixes = [
            "Lexicons/cues/titles.tsv:3: unknown type 'TITEL'",
            "Lexicons/region.tsv:2: expected at least 3 tab-separated columns (id, type, canonical), found 1",
            "Lexicons/region.tsv:3: expected at least 3 tab-separated columns (id, type, canonical), found 2",
            "Lexicons/region.tsv:4: expected at most 5 tab-separated columns, found 6",
            "Lexicons/region.tsv:5: empty id",
            "Lexicons/region.tsv:6: unknown type 'region' (expected one of PERSON, REGION,",
            "Lexicons/region.tsv:7: unknown type 'CITY'",
        ]
        for (error, prefix) in zip(errors, expectedPrefixes) {
            #expect(error.hasPrefix(prefix), "\(error)")
        }
    }

    @Test("A duplicate id across two files names both places")
    func duplicateAcrossFiles() throws {
        let errors = try loadErrors([
            "region.tsv": bytes("region.minsk\tREGION\tMinsk\n"),
            "more/cities.tsv": bytes("# more\nregion.minsk\tREGION\tMinsk City\n"),
        ])
        // Files load in sorted path order, so more/cities.tsv comes first.
        #expect(errors == ["Lexicons/region.tsv:1: duplicate id 'region.minsk' (first at Lexicons/more/cities.tsv:2)"])
    }

    @Test("A file with invalid UTF-8 is an error naming the file; the other files' errors are still listed")
    func invalidUTF8() throws {
        let errors = try loadErrors([
            "region.tsv": bytes("region.minsk\tREGION\tMinsk\nregion.gomel\tREGION\tGo") + [0xC0, 0xAF] + bytes("mel\n"),
            "person.tsv": bytes("person.x\tPERSN\tX\n"),
        ])
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("Lexicons/person.tsv:1: unknown type 'PERSN'") == true, "\(errors)")
        #expect(errors.last == "Lexicons/region.tsv:2: invalid UTF-8 (byte 0xC0) at byte 23 of the line", "\(errors)")
    }

    @Test("NUL and other control characters in a line are errors naming line and byte")
    func controlCharacters() throws {
        let errors = try loadErrors([
            "region.tsv": bytes("region.minsk\tREGION\tMin\u{0}sk\nregion.brest\tREGION\tBrest\u{1B}\nregion.orsha\tREGION\tOrsha\n"),
        ])
        #expect(errors == [
            "Lexicons/region.tsv:1: control character U+0000 at byte 24 of the line",
            "Lexicons/region.tsv:2: control character U+001B at byte 26 of the line",
        ])
    }

    @Test("Files that hold only comments and blank lines, or nothing, load as no entries")
    func emptyFiles() throws {
        let lexicons = try LexiconLoader.load(directory: try folder([
            "region.tsv": bytes("region.minsk\tREGION\tMinsk\n"),
            "person.tsv": bytes("# none yet\n\n   \n\t\n"),
            "product.tsv": [],
        ]))
        #expect(lexicons.entries.map(\.id) == ["region.minsk"])
    }
}
