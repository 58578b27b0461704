import ArgumentParser
import GazetteBatch

// `--format` parses its raw values and lists them in `--help`. The conformance lives here,
// beside the parser, so that the library never depends on ArgumentParser.
extension ExportFormat: ExpressibleByArgument {}
