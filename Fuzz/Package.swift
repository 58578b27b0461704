// swift-tools-version:5.4
// 5.4, below 5.5, on purpose: from 5.5 on SwiftPM renames an executable's entry point to
// `<module>_main` and links `main` to it, which clashes with the `main` libFuzzer brings.
import Foundation
import PackageDescription

// libFuzzer targets live in their own package, like the benchmarks, so that the fuzzer's
// compiler flags and code never reach users of Gazette. Build and run them with
// `Fuzz/run-fuzzer.sh SECONDS [reader|pipeline]` (it passes `-sanitize=fuzzer,address` to
// every module, the root package's included, so the code under test is instrumented).
//
// - `gazette-fuzz-reader`: bytes of a dump (JSON-lines, text or gzip) through `RecordStream`,
//   the reader `gazette extract` uses, checked against a plain in-memory model of it.
// - `gazette-fuzz-pipeline`: bytes as one article through `Extractor`, then its JSON-lines,
//   brat, CoNLL and HTML renderings, with the output's offsets checked against the text.
//
// A path dependency's identity is its folder's name, which depends on where it was cloned.
let gazetteFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let gazette = Target.Dependency.product(name: "Gazette", package: gazetteFolder.lastPathComponent)

let package = Package(
    name: "GazetteFuzz",
    dependencies: [
        .package(path: gazetteFolder.path),
    ],
    targets: [
        // The checks, as a plain library: the executables only hand libFuzzer's bytes to it.
        .target(name: "GazetteFuzzing", dependencies: [gazette], path: "Sources/GazetteFuzzing"),
        .executableTarget(name: "gazette-fuzz-reader", dependencies: ["GazetteFuzzing"], path: "Sources/ReaderFuzzer"),
        .executableTarget(name: "gazette-fuzz-pipeline", dependencies: ["GazetteFuzzing"], path: "Sources/PipelineFuzzer"),
    ]
)
