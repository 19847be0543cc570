import Foundation

/// Where the Swift compiler and the engine library that lessons link against are.
///
/// By default the engine is found next to the running `notebook` executable (SwiftPM puts
/// `libNotebookEngine.so` there and the `.swiftmodule` files in `Modules/`); `--modules DIR`
/// names another build folder.
public struct Toolchain: Hashable, Sendable {
    public var swiftc: String
    /// The folder with `libNotebookEngine.so` and `Modules/`.
    public var libraryDirectory: String
    public static let libraryName = "NotebookEngine"

    public init(swiftc: String, libraryDirectory: String) {
        self.swiftc = swiftc
        self.libraryDirectory = libraryDirectory
    }

    var modulesDirectory: String { libraryDirectory + "/Modules" }
    /// The engine library lessons link against (`libNotebookEngine.so`).
    public var libraryPath: String { libraryDirectory + "/lib\(Self.libraryName).so" }

    /// Finds swiftc (`$SWIFTC`, then `PATH`) and the engine (`libraryDirectory`, else beside the
    /// running executable).
    /// Also checks `NOTEBOOK_ENGINE_KERNELS` (``checkKernelPath(_:)``).
    public static func locate(libraryDirectory: String? = nil) throws(DiagnosticError) -> Toolchain {
        try checkKernelPath()
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["SWIFTC"]].compactMap { $0 }
            + (environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/swiftc" }
        guard let swiftc = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw DiagnosticError(.error("cannot find swiftc: put the Swift toolchain on PATH or set SWIFTC"))
        }
        // Absolute, because the lesson runs in its own folder and finds the library by rpath.
        let directory = FileSystem.absolute(libraryDirectory ?? Self.executableDirectory())
        let toolchain = Toolchain(swiftc: FileSystem.absolute(swiftc), libraryDirectory: directory)
        guard FileManager.default.fileExists(atPath: toolchain.libraryPath) else {
            throw DiagnosticError(.error(
                "cannot find the engine library \(toolchain.libraryPath)",
                notes: [.init("build it with 'swift build -c release' (or pass --modules with the build folder that has lib\(libraryName).so)")]))
        }
        return toolchain
    }

    /// The folder of the running executable (for tests: the test bundle's build folder).
    static func executableDirectory() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (path as NSString).deletingLastPathComponent
    }

    /// The arguments that compile `source` into `output` against the engine. Lessons compile
    /// in Swift 5 mode: in Swift 6 mode top-level globals are main-actor isolated, so a function
    /// in one cell could not touch a variable from another. Debug info is line tables only:
    /// all the runtime's backtraces need to name a failure's `.md` line and column, at about
    /// two thirds of the compile time full `-g` takes (see benchmarks/README.md).
    func compileArguments(source: String, output: String) -> [String] {
        ["-swift-version", "5", "-Onone", "-gline-tables-only"] + engineArguments + linkerArguments + [
            "-L", libraryDirectory, "-l\(Self.libraryName)",
            "-Xlinker", "-rpath", "-Xlinker", libraryDirectory,
            "-module-name", "Lesson", source, "-o", output,
        ]
    }

    /// `-use-ld=lld` when the toolchain ships `ld.lld` beside swiftc: it links a lesson in
    /// about two thirds of the time `gold` (the default on Linux) takes (see benchmarks/README.md).
    var linkerArguments: [String] {
        let real = FileSystem.realPath(swiftc) ?? swiftc
        let lld = (real as NSString).deletingLastPathComponent + "/ld.lld"
        return FileManager.default.isExecutableFile(atPath: lld) ? ["-use-ld=lld"] : []
    }

    func typecheckArguments(source: String) -> [String] {
        ["-typecheck", "-swift-version", "5"] + engineArguments + ["-module-name", "Lesson", source]
    }

    /// What every lesson compile shares: no warnings, plain diagnostics, the engine's modules.
    private var engineArguments: [String] {
        ["-suppress-warnings", "-diagnostic-style", "llvm", "-no-color-diagnostics", "-I", modulesDirectory]
            + engineModuleMaps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] }
    }
}
