import ArgumentParser

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
        subcommands: [ExtractCommand.self]
    )
}
