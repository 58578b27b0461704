// swift-tools-version:6.0
import PackageDescription

// One module per concern (see README "Architecture"): text segmentation, lexicons,
// recognition, relations, record I/O, the pipeline that ties them together, and the
// evaluation harness, and batch extraction over dumps. The `gazette` executable is a thin
// command-line layer on top.
let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Gazette", targets: ["Gazette"]),
        .library(name: "GazetteEvaluation", targets: ["GazetteEvaluation"]),
        .library(name: "GazetteBatch", targets: ["GazetteBatch"]),
        .executable(name: "gazette", targets: ["gazette"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // ICU BreakIterator behind a plain-C header: ICU's headers must not meet Foundation's.
        .target(
            name: "CICUBridge",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // zlib's gzip reader behind a plain-C header, for streaming plain and .gz inputs.
        .target(name: "CZlibBridge", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "GazetteText", dependencies: ["CICUBridge"]),
        .target(name: "GazetteLexicon", dependencies: ["GazetteText"]),
        .target(name: "GazetteRecognition", dependencies: ["GazetteText", "GazetteLexicon"]),
        .target(name: "GazetteRelations", dependencies: ["GazetteText", "GazetteLexicon", "GazetteRecognition"]),
        .target(name: "GazetteIO", dependencies: ["CZlibBridge"]),
        .target(
            name: "Gazette",
            dependencies: ["GazetteText", "GazetteLexicon", "GazetteRecognition", "GazetteRelations", "GazetteIO"]
        ),
        .target(name: "GazetteEvaluation", dependencies: ["GazetteIO"]),
        // Dump-scale extraction: streaming chunks, parallel workers, ordered output, errors,
        // checkpoints and progress; `gazette extract` is its command-line front.
        .target(name: "GazetteBatch", dependencies: ["Gazette"]),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "Gazette", "GazetteBatch", "GazetteEvaluation", "GazetteIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "GazetteTestSupport", dependencies: ["Gazette"], path: "Tests/GazetteTestSupport"),
        .testTarget(name: "GazetteTextTests", dependencies: ["GazetteText", "GazetteTestSupport"]),
        .testTarget(name: "GazetteLexiconTests", dependencies: ["GazetteLexicon", "GazetteTestSupport"]),
        .testTarget(name: "GazetteRecognitionTests", dependencies: ["GazetteRecognition", "GazetteTestSupport"]),
        .testTarget(name: "GazetteRelationsTests", dependencies: ["GazetteRelations", "GazetteTestSupport"]),
        .testTarget(name: "GazetteIOTests", dependencies: ["GazetteIO", "GazetteTestSupport"]),
        .testTarget(name: "GazetteBatchTests", dependencies: ["GazetteBatch", "GazetteTestSupport"]),
        .testTarget(
            name: "GazetteEvaluationTests", dependencies: ["GazetteEvaluation", "GazetteTestSupport"],
            exclude: ["Fixtures"]  // read through #filePath, not as a bundle resource
        ),
        .testTarget(name: "GazetteEndToEndTests", dependencies: ["GazetteTestSupport", "gazette"]),
    ]
)
