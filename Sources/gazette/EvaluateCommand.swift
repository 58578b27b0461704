import ArgumentParser
import Foundation
import Gazette
import GazetteEvaluation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extractor output against hand-labelled gold: precision, recall, F1, and why.",
        discussion: """
            Entities are scored in the four SemEval-2013 modes (strict, exact, partial, type) \
            with nervaluate 1.2.1's matching; relations at mention level and document level, as \
            ../shared/tools/score.py scores them. The report lists every false positive and \
            false negative with its sentence, per-document figures, what each extraction rule \
            produced, and bootstrap 95% confidence intervals of the headline F1s.

            Gold: Gazette JSON-lines (ANNOTATION.md §4), a folder of *.jsonl, a brat folder \
            (NAME.txt + NAME.ann, offsets in code points), or doccano / Label Studio JSON-lines \
            ({"text", "label": [[start, end, type], ...]} or doccano's "entities" export). The \
            format is detected; --gold-format forces it. Gold with any problem (offsets, text, \
            types, ids) is rejected with every problem listed.

            Without --pred, the extractor runs on the gold texts.

            Exit status: 0 when scored (and every --min-f1 figure was reached), 1 when a \
            --min-f1 figure fell short, 2 on a usage error, unreadable files or invalid gold.
            """
    )

    @Option(help: ArgumentHelp("Gold file or folder; repeat for several.", valueName: "path"))
    var gold: [String] = []

    @Option(help: "Force the gold format (default: detected from the path and content).")
    var goldFormat: GoldFormat?

    @Option(help: ArgumentHelp("Predictions to score (JSON-lines file or folder); default: run the extractor.", valueName: "path"))
    var pred: String?

    @Option(help: ArgumentHelp("An earlier run's predictions: list what the new run fixed and broke.", valueName: "path"))
    var baseline: String?

    @Option(help: "The Lexicons folder, when the extractor runs.")
    var lexicons: String?

    @Option(help: "Report format: table, json or markdown.")
    var format: ReportFormat = .table

    @Option(
        name: .customLong("min-f1"),
        help: ArgumentHelp(
            "Fail (exit 1) below these F1s, e.g. entities=0.9,relations=0.7. Keys: entities, entities-exact, entities-partial, entities-type, relations, relations-document, an entity type (PERSON) or a relation type (leader_of).",
            valueName: "key=value,..."))
    var minF1: [String] = []

    @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
    var output: String?

    @Option(help: "Bootstrap resamples for the confidence intervals.")
    var resamples: Int = Bootstrap.defaultResamples

    @Option(help: "Seed of the bootstrap's random generator.")
    var seed: UInt64 = Bootstrap.defaultSeed

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("--gold is required") }
        guard resamples >= 0 else { throw ValidationError("--resamples must not be negative") }
        do {
            _ = try F1Gate(parsing: minF1)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let gate = (try? F1Gate(parsing: minF1)) ?? F1Gate()
        let goldSet = GoldReader(format: goldFormat).read(gold)
        report(warnings: goldSet.warnings)
        guard goldSet.errors.isEmpty else {
            reject(goldSet.errors, what: "the gold")
        }
        guard !goldSet.documents.isEmpty else {
            Self.printError("gazette: the gold has no documents")
            throw ExitCode(2)
        }

        var warnings = goldSet.warnings
        let predictions: [String: AnnotatedDocument]
        let predictionSource: String
        if let pred {
            let read = try readPredictions(pred, gold: goldSet.documents, what: "the predictions")
            predictions = read.byID
            warnings += read.warnings
            predictionSource = read.sources.joined(separator: ", ")
        } else {
            let extractor: Extractor
            do {
                extractor = try Extractor(lexiconDirectory: lexicons)
            } catch {
                Self.printError("gazette: cannot load lexicons:\n\(error)")
                throw ExitCode(2)
            }
            let made = EvaluatePredictions(extractor: extractor).predict(goldSet.documents)
            made.failures.forEach { Self.printError("gazette: \($0)") }
            predictions = made.documents
            predictionSource = "the extractor, run on the gold texts" + (lexicons.map { " (lexicons \($0))" } ?? "")
        }
        var baselinePredictions: [String: AnnotatedDocument]?
        if let baseline {
            let read = try readPredictions(baseline, gold: goldSet.documents, what: "the baseline")
            baselinePredictions = read.byID
            warnings += read.warnings
        }

        let evaluator = Evaluator(bootstrap: Bootstrap(resamples: resamples, seed: seed))
        var report = evaluator.evaluate(
            gold: goldSet.documents, predictions: predictions, baseline: baselinePredictions,
            goldSources: goldSet.sources, predictionSource: predictionSource)
        report.warnings = warnings.map(\.description)
        report.gateChecks = gate.check(report.corpus)
        try write(format.render(report))

        let failures = report.gateChecks.filter { !$0.passed }
        for failure in failures { Self.printError("gazette: --min-f1: \(failure.message)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// Reads predictions or a baseline; problems that make them unscorable end the run.
    private func readPredictions(_ path: String, gold: [AnnotatedDocument], what: String) throws -> DocumentSet {
        let read = PredictionReader().read([path], gold: gold)
        report(warnings: read.warnings)
        guard read.errors.isEmpty else { reject(read.errors, what: what) }
        return read
    }

    /// Lists every problem and exits with the usage-error status.
    private func reject(_ errors: [RecordError], what: String) -> Never {
        errors.forEach { Self.printError("gazette: \($0)") }
        Self.printError("gazette: \(errors.count) problem\(errors.count == 1 ? "" : "s") in \(what); nothing was scored")
        Foundation.exit(2)
    }

    private func report(warnings: [RecordError]) {
        warnings.forEach { Self.printError("gazette: warning: \($0)") }
    }

    private func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            Self.printError("gazette: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
