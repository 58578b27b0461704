import ArgumentParser
import Dispatch
import Foundation
import Gazette

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

            Lexicons are found with --lexicons, else $GAZETTE_LEXICONS, else a Lexicons folder \
            beside the executable or one of its parent folders, else ./Lexicons.
            """
    )

    @Argument(help: "Text files, JSON-lines files, folders, or - for stdin.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Write the records to this file instead of stdout.")
    var output: String?

    @Option(help: "The Lexicons folder.")
    var lexicons: String?

    @Option(help: "JSON-lines field holding the record id.")
    var idField = "id"

    @Option(help: "JSON-lines field holding the article text.")
    var textField = "text"

    @Option(help: "Also write each error as a JSON-lines record to this file.")
    var errors: String?

    @Option(help: "Parallel workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Leave the article text out of the output records.")
    var noText = false

    @Flag(help: "Leave the provenance fields (rule, lexicon_id, trigger) out.")
    var noProvenance = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
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
        let sink = try OutputSink(path: output, errorsPath: errors)
        let batch = BatchExtraction(extractor: extractor, reader: RecordReader(idField: idField, textField: textField), options: options, jobs: jobs)
        let summary = batch.run(paths: paths.isEmpty ? ["-"] : paths, sink: sink)
        try sink.finish()
        FileHandle.standardError.write(Data("gazette: \(summary)\n".utf8))
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
