import ArgumentParser
import GazetteEvaluation

// The evaluation library's option values, readable from the command line by their raw
// names (`--format json`, `--gold-format brat`).
extension ReportFormat: ExpressibleByArgument {}
extension GoldFormat: ExpressibleByArgument {}
