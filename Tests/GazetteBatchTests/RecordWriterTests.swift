import Foundation
import Gazette
import GazetteTestSupport
import Testing

@testable import GazetteBatch

@Suite("Record renderers and writers of the output formats")
struct RecordWriterTests {
    @Test("brat file stems: path separators and control characters replaced, dot files guarded, 200 bytes at most")
    func bratFileStems() {
        #expect(BratDirectoryWriter.fileStem(for: "news/2024\\01") == "news_2024_01")
        #expect(BratDirectoryWriter.fileStem(for: "a\tb\u{7F}") == "a_b_")
        #expect(BratDirectoryWriter.fileStem(for: ".hidden") == "_.hidden")
        #expect(BratDirectoryWriter.fileStem(for: "") == "_")
        let long = BratDirectoryWriter.fileStem(for: String(repeating: "й", count: 150))  // 300 bytes
        #expect(long.utf8.count == 200 && long == String(repeating: "й", count: 100))
    }

    @Test("The JSON-lines renderer writes the extraction's JSON line; HTML names each article by its ordinal")
    func renderers() throws {
        let extractor = try TestSupport.shippedExtractor()
        let text = "Minsk Tractor Works ships tractors to Samara Oblast."
        let extraction = try extractor.extract(text)
        let record = ArticleRecord(id: "x1", text: text, source: "in.jsonl", line: 4)
        let options = OutputOptions(includeText: false, includeProvenance: true)
        let json = RecordRenderer(format: .jsonl, options: options).render(extraction, of: record, ordinal: 4)
        #expect(json.bytes == extraction.jsonLine(for: record, options: options))
        #expect(json.tally == nil && json.anchor == nil)
        let html = RecordRenderer(format: .html, options: options).render(extraction, of: record, ordinal: 7)
        #expect(html.anchor == "doc-7")
        #expect(String(decoding: html.bytes, as: UTF8.self).contains("id=\"doc-7\""))
        #expect(html.tally?.entities.values.reduce(0, +) == extraction.mentions.count)
    }

    @Test("CoNLL blocks go out as they are; JSON lines get their line break")
    func streamWriter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let record = ArticleRecord(id: "x", text: "", source: "-", line: 1)
        for (format, expected) in [(ExportFormat.jsonl, "{}\n"), (.conll, "{}")] {
            let path = folder.path + "/\(format.rawValue).out"
            let sink = try OutputSink(path: path, errorsPath: nil, inputs: ["-"], resume: false)
            let writer = StreamRecordWriter(sink: sink, format: format)
            #expect(writer.write(RenderedRecord(bytes: Array("{}".utf8)), for: record) == nil)
            try writer.finish()
            try sink.finish()
            #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        }
    }
}
