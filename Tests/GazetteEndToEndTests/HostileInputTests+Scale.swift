import Foundation
import GazetteTestSupport
import Testing

/// Sizes: a 50 MB record, 1 MB without a space, 100,000 records.
extension HostileInputTests {
    /// Writes `head`, `count` bytes of `filler`, then `tail`, a megabyte at a time.
    private static func writeLarge(_ path: String, head: [UInt8], filler: UInt8, count: Int, tail: [UInt8]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: head)
        let megabyte = Data(repeating: filler, count: 1 << 20)
        var left = count
        while left > 0 {
            let part = min(left, megabyte.count)
            try handle.write(contentsOf: part == megabyte.count ? megabyte : megabyte.prefix(part))
            left -= part
        }
        try handle.write(contentsOf: tail)
    }

    /// The peak memory of a run on one tiny record: what the lexicons and code take.
    private static func baselineMemory(in folder: URL) throws -> Int {
        let tiny = try Battery.write(Battery.record("tiny", text: Battery.bytes("Minsk")), "tiny.jsonl", in: folder)
        let run = try GazetteBinary.runMeasured(["extract", tiny, "--no-text"])
        #expect(run.status == 0 && run.signal == nil, "\(run.stderr)")
        return run.peakMemoryBytes
    }

    private static func lines(_ path: String) throws -> [Substring] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    }

    @Test("A 50 MB JSON line is rejected by the default and by an explicit --max-record-bytes, streamed past: memory stays bounded by the limit")
    func hugeLineRejected() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.jsonl").path
        let size = 50_000_000
        let head = Battery.record("before", text: Battery.bytes("Minsk")) + Battery.bytes(#"{"id":"huge","text":"Minsk "#)
        let tail = Battery.bytes(#" BelAZ"}"# + "\n") + Battery.record("after", text: Battery.bytes("BelAZ"))
        try Self.writeLarge(path, head: head, filler: UInt8(ascii: "a"), count: size, tail: tail)
        let lineBytes = #"{"id":"huge","text":"Minsk "#.utf8.count + size + #" BelAZ"}"#.utf8.count
        let baseline = try Self.baselineMemory(in: folder)

        for (arguments, limit, allowance) in [([], 16 << 20, 45 << 20), (["--max-record-bytes", "1000000"], 1_000_000, 12 << 20)] {
            let output = folder.appendingPathComponent("out-\(limit).jsonl").path, errors = folder.appendingPathComponent("errors-\(limit).jsonl").path
            let run = try GazetteBinary.runMeasured(["extract", path, "-o", output, "--errors", errors, "--no-text"] + arguments)
            #expect(run.signal == nil && run.status == 1, "\(run.stderr)")
            #expect(try JSONTree.objects(String(contentsOfFile: output, encoding: .utf8)).map { $0["id"] as? String } == ["before", "after"])
            let error = ErrorRecord(path, 2, nil, "record of \(lineBytes) bytes is over --max-record-bytes \(limit)")
            #expect(try JSONTree.objects(String(contentsOfFile: errors, encoding: .utf8)).map { ErrorRecord(json: $0) } == [error])
            #expect(run.stderr.contains("gazette: \(error.message)"))
            #expect(run.stderr.contains("3 records read, 2 written, 1 failed"))
            // Holding the line would take 50 MB more than a tiny run; skipping it takes the limit's worth.
            #expect(run.peakMemoryBytes < baseline + allowance,
                    "peak \(run.peakMemoryBytes >> 20) MB, baseline \(baseline >> 20) MB, limit \(limit)")
        }
    }

    @Test("A 50 MB text is rejected by the default limit after reading 16 MB, and processed when --max-record-bytes allows it")
    func hugeTextProcessed() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.txt").path
        let size = 50_000_000
        try Self.writeLarge(path, head: Battery.bytes("Minsk "), filler: UInt8(ascii: "a"), count: size, tail: Battery.bytes(" BelAZ"))
        let baseline = try Self.baselineMemory(in: folder)

        let output = folder.appendingPathComponent("out.jsonl").path, errors = folder.appendingPathComponent("errors.jsonl").path
        let rejected = try GazetteBinary.runMeasured(["extract", path, "-o", output, "--errors", errors, "--no-text"])
        #expect(rejected.signal == nil && rejected.status == 1, "\(rejected.stderr)")
        #expect(try String(contentsOfFile: errors, encoding: .utf8)
            == #"{"error":"text of more than 16777216 bytes is over --max-record-bytes","source":"\#(path)","line":0,"id":"huge"}"# + "\n")
        #expect(rejected.peakMemoryBytes < baseline + (45 << 20), "peak \(rejected.peakMemoryBytes >> 20) MB")

        let accepted = try GazetteBinary.runMeasured(
            ["extract", path, "-o", output, "--errors", errors, "--no-text", "--max-record-bytes", "60000000"])
        #expect(accepted.signal == nil && accepted.status == 0, "\(accepted.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let entities = (record["entities"] as? [[String: Any]] ?? []).map { "\($0["text"] ?? "") \($0["start"] ?? "") \($0["end"] ?? "")" }
        #expect(entities == ["Minsk 0 5", "BelAZ \(6 + size + 1) \(6 + size + 6)"])
        // Never out of memory: a bound on what one 50 MB article may take (about 15 times
        // its size today, most of it the segmented text's UTF-16 copy, tokens and keys).
        #expect(accepted.peakMemoryBytes < baseline + 25 * size, "peak \(accepted.peakMemoryBytes >> 20) MB")
    }

    @Test("A megabyte without a space (one word, CJK, names joined by punctuation) finishes promptly with its record")
    func noSpaces() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let word = try Battery.write([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), "word.txt", in: folder)
        let cjk = try Battery.write(Battery.bytes(String(repeating: "明斯克白俄罗斯", count: 1_000_000 / 21)), "cjk.txt", in: folder)
        // Names every 10,000 bytes inside one run of letters and commas, and one at the very end.
        var joined = ""
        for _ in 0..<100 { joined += String(repeating: "a", count: 9_993) + ",Minsk," }
        let names = try Battery.write(Battery.bytes(joined + "BelAZ"), "names.txt", in: folder)
        let started = Date()
        let run = try Battery.extract([word, cjk, names])
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "took \(seconds) s")
        #expect(run.ids == ["word", "cjk", "names"])
        #expect(run.entities("word").isEmpty)
        let found = run.entities("names")
        #expect(found.count == 101)
        #expect(found.first == "REGION Minsk 9994 9999")
        #expect(found.last == "ENTERPRISE BelAZ 1000000 1000005")
    }

    @Test("100,000 tiny records, a few of them bad, all come out in order")
    func hundredThousandRecords() throws {
        let folder = try Battery.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 100_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 32)
        let texts = ["Minsk", "BelAZ", "", "x"]
        for index in 0..<count {
            if index % 20_000 == 19_999 {
                bytes += Battery.bytes(#"{"id":"r\#(index)","text":null}"# + "\n")
            } else {
                bytes += Battery.record("r\(index)", text: Battery.bytes(texts[index % texts.count]))
            }
        }
        let path = try Battery.write(bytes, "many.jsonl", in: folder)
        let output = folder.appendingPathComponent("out.jsonl").path, errors = folder.appendingPathComponent("errors.jsonl").path
        let run = try GazetteBinary.run(["extract", path, "-o", output, "--errors", errors, "--no-text"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("100000 records read, 99995 written, 5 failed"), "\(run.stderr)")
        let lines = try Self.lines(output)
        let expectedIDs = (0..<count).filter { $0 % 20_000 != 19_999 }
        #expect(lines.count == expectedIDs.count)
        var misplaced = 0
        for (line, index) in zip(lines, expectedIDs) {
            let prefix = #"{"id":"r\#(index)","entities":["#
            let lexiconID = index % texts.count == 0 ? "region.by.minsk" : index % texts.count == 1 ? "ent.by.belaz" : nil
            if !line.hasPrefix(prefix) || (lexiconID.map { line.contains($0) } ?? line.hasSuffix(#""entities":[],"relations":[]}"#)) == false {
                misplaced += 1
            }
        }
        #expect(misplaced == 0, "records out of order or wrong")
        #expect(try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n").map { String($0) } == (1...5).map {
            #"{"error":"field 'text' is null, expected a string","source":"\#(path)","line":\#($0 * 20_000),"id":"r\#($0 * 20_000 - 1)"}"#
        })
    }
}
