// swift-tools-version:6.1
import PackageDescription

// The runner (NotebookKit + the thin `notebook` executable) compiles each lesson into a Swift
// program linked against the `NotebookEngine` dynamic library: the modules lessons import.
//
// Linux only (Debian is what we build and test on): the runner relies on `/proc`, `prctl`,
// Linux's wait-status layout and `.so` libraries, so no other platform is named here.
let engineTargets = ["NotebookRuntime", "Charts", "LinearAlgebra", "ActiveLearning", "SentenceEncoder"]

let package = Package(
    name: "ActiveLearningNotebooks",
    products: [
        .executable(name: "notebook", targets: ["notebook"]),
        .library(name: "NotebookKit", targets: ["NotebookKit"]),
        .library(name: "NotebookEngine", type: .dynamic, targets: engineTargets),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System library (Debian: libcmark-dev).
        .systemLibrary(name: "CMark", path: "Sources/CMark", pkgConfig: "libcmark",
                       providers: [.apt(["libcmark-dev"])]),

        // What lesson programs link against.
        .target(name: "NotebookRuntime"),
        .target(name: "Charts", dependencies: ["NotebookRuntime"]),
        // The numeric kernels in C: one order of operations, AVX2 + FMA and portable paths.
        .target(name: "CEngineKernels"),
        .target(name: "LinearAlgebra", dependencies: ["CEngineKernels"]),
        .target(name: "ActiveLearning", dependencies: ["LinearAlgebra", "Charts", "NotebookRuntime"],
                resources: [.copy("Resources")]),
        .target(name: "SentenceEncoder", dependencies: ["CEngineKernels", "LinearAlgebra", "NotebookRuntime"]),

        // The runner.
        .target(name: "NotebookKit", dependencies: [
            "CMark", "NotebookRuntime", "LinearAlgebra", "Yams",
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        ]),
        // The preview server of `notebook serve` (HTTP/1.1 on plain threads), apart so the
        // runner library carries no HTTP server.
        .target(name: "NotebookServe", dependencies: ["NotebookKit"]),
        .executableTarget(name: "notebook", dependencies: [
            "NotebookKit", "NotebookServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "NotebookRuntimeTests", dependencies: ["NotebookRuntime"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Fixtures"]),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "ActiveLearningTests", dependencies: ["ActiveLearning"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SentenceEncoderTests", dependencies: ["SentenceEncoder"], resources: [.copy("Fixtures")]),
        // The fault tests also run the `notebook` executable: declared, so it is built first.
        .testTarget(name: "NotebookKitTests", dependencies: ["NotebookKit", "notebook", "LinearAlgebra"], exclude: ["Fixtures"]),
        // The command line, end to end (fixture lessons shared with NotebookKitTests).
        .testTarget(name: "notebookTests", dependencies: ["notebook", "NotebookKit"]),
        .testTarget(name: "NotebookServeTests", dependencies: ["NotebookServe"]),
    ]
)
