import ArgumentParser
import Dispatch
import Foundation
import Gazette
import GazetteBatch

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entities and relations; write one JSON-lines record per article.",
        discussion: """
            Inputs: text files (one article each, id = file name), JSON-lines files (.jsonl, \
            .ndjson, .json: one record per line with id and text fields; other fields are carried \
            through), folders (searched recursively, sorted), and - for standard input. With no \
            path, standard input is read.

            Output follows the JSON-lines shape of ANNOTATION.md: code-point offsets, end \
            exclusive, plus provenance (rule, lexicon_id, trigger). A record that cannot be read \
            is reported on stderr as FILE:LINE: record 'ID': REASON, and the others still run.

            Gzip-compressed inputs (.jsonl.gz, .txt.gz, or gzip on stdin) are read as streams; \
            memory does not grow with the dump. With -o the output is written to FILE.partial \
            and renamed when complete; --resume continues a killed run from its last checkpoint.

            --format brat writes a brat standoff folder (-o DIR: ID.txt and ID.ann per article, \
            offsets in code points); --format conll writes CoNLL-2003 style "TOKEN TAG" columns \
            with BIO tags (-DOCSTART- per article, a blank line after each sentence); --format \
            html writes one self-contained page with mentions highlighted and relations drawn.

            Exit status: 0 when every record succeeded, 1 when some failed, 2 on a usage error. \
            A summary line on stderr counts records read, written and failed, bytes and MB/s.

            Lexicons are found with --lexicons, else $GAZETTE_LEXICONS, else a Lexicons folder \
            beside the executable or one of its parent folders, else ./Lexicons.
            """
    )

    @Argument(help: "Text files, JSON-lines files, folders, or - for stdin.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Write the records to this file instead of stdout (with --format brat: this folder).")
    var output: String?

    @Option(help: "Output format: jsonl, brat (needs -o DIR), conll or html.")
    var format: ExportFormat = .jsonl

    @Option(help: "The Lexicons folder.")
    var lexicons: String?

    @Option(help: "JSON-lines field holding the record id.")
    var idField = "id"

    @Option(help: "JSON-lines field holding the article text.")
    var textField = "text"

    @Option(help: "Also write each error as a JSON-lines record to this file.")
    var errors: String?

    @Option(help: "Parallel workers (default: all cores). The output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Records (JSON lines or whole text files) larger than this many bytes are rejected as errors.")
    var maxRecordBytes: Int = 16 << 20

    @Flag(help: "Show progress on stderr even when it is not a terminal.")
    var progress = false

    @Flag(help: "Continue an interrupted run with -o: keep the records already written, read on from there.")
    var resume = false

    @Flag(help: "Leave the article text out of the output records.")
    var noText = false

    @Flag(help: "Leave the provenance fields (rule, lexicon_id, trigger) out.")
    var noProvenance = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxRecordBytes >= 1 else { throw ValidationError("--max-record-bytes must be at least 1") }
        if resume, output == nil { throw ValidationError("--resume needs -o FILE") }
        if format == .brat, output == nil {
            throw ValidationError("--format brat needs -o DIR: it writes a folder with ID.txt and ID.ann per article")
        }
        if resume, !format.isResumable { throw ValidationError("--resume works with --format jsonl or conll, not \(format.rawValue)") }
        if noText, format != .jsonl { throw ValidationError("--no-text applies to --format jsonl only; \(format.rawValue) always shows the text") }
    }

    func run() throws {
        let extractor: Extractor
        do {
            extractor = try Extractor(lexiconDirectory: lexicons)
        } catch {
            FileHandle.standardError.write(Data("gazette: cannot load lexicons:\n\(error)\n".utf8))
            throw ExitCode(2)
        }
        let options = OutputOptions(includeText: !noText, includeProvenance: !noProvenance)
        let inputs = paths.isEmpty ? ["-"] : paths
        let sink: OutputSink
        let writer: any RecordWriter
        do {
            // brat writes its own files into the folder; the sink then carries errors only.
            sink = try OutputSink(path: format == .brat ? nil : output, errorsPath: errors, inputs: inputs, resume: resume)
            writer = try makeWriter(sink: sink, inputs: inputs)
        } catch {
            FileHandle.standardError.write(Data("gazette: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var reader = RecordReader(idField: idField, textField: textField)
        reader.maxRecordBytes = maxRecordBytes
        var batch = BatchExtraction(extractor: extractor, reader: reader, options: options, jobs: jobs)
        batch.renderer = RecordRenderer(format: format, options: options)
        let reporter = ProgressReporter.isWanted(forced: progress) ? ProgressReporter(totalBytes: Self.inputSize(inputs, reader: reader)) : nil
        let summary = try batch.run(paths: inputs, sink: sink, writer: writer, progress: reporter)
        try writer.finish()
        try sink.finish()
        FileHandle.standardError.write(Data("gazette: \(summary)\n".utf8))
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// The writer of the chosen format.
    private func makeWriter(sink: OutputSink, inputs: [String]) throws -> any RecordWriter {
        switch format {
        case .jsonl, .conll: return StreamRecordWriter(sink: sink, format: format)
        case .brat: return try BratDirectoryWriter(directory: output ?? ".")
        case .html: return try HTMLPageWriter(sink: sink, title: inputs.joined(separator: ", "), outputPath: output)
        }
    }

    /// Total size of the input files, for the progress percentage (nil with stdin).
    static func inputSize(_ paths: [String], reader: RecordReader) -> Int64? {
        var total: Int64 = 0
        for file in reader.expand(paths) {
            guard case let .success(path) = file else { continue }
            if path == "-" { return nil }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            total += size
        }
        return total
    }
}
