// swift-tools-version:6.0
import Foundation
import PackageDescription

// Benchmarks live in their own package so that nothing they need reaches users of Gazette,
// and `swift test` in the main package never runs them. Run from this folder:
//   swift run -c release gazette-benchmarks --megabytes 200
// A path dependency's identity is its folder's name, which depends on where it was cloned.
let gazetteFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "GazetteBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: gazetteFolder.path),
    ],
    targets: [
        .executableTarget(
            name: "gazette-benchmarks",
            dependencies: [
                .product(name: "Gazette", package: gazetteFolder.lastPathComponent),
                .product(name: "GazetteBatch", package: gazetteFolder.lastPathComponent),
            ],
            path: "Sources/GazetteBenchmarks"
        ),
    ]
)
