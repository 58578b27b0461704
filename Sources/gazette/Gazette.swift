import ArgumentParser
import Foundation

/// The `gazette` command: a thin layer over the Gazette library.
@main
struct GazetteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Extract persons, regions, enterprises, products and their relations from news articles.",
        discussion: """
            Exit status: 0 when every record succeeded, 1 when some records failed (each is \
            reported on stderr with its file, line and id), 2 on a usage error.
            """,
        version: "0.1.0",
        subcommands: [ExtractCommand.self, EvaluateCommand.self]
    )

    /// Parses and runs, mapping ArgumentParser's usage-error status (64) to the documented 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
