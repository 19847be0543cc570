import Foundation
@testable import NotebookKit

/// The `notebook` executable this test target depends on (so SwiftPM builds it first), run as
/// a child process, and the runner's fixture lessons.
enum NotebookBinary {
    /// Runs `notebook` with `arguments`: how it ended, its stdout and its stderr.
    static func run(_ arguments: [String]) throws -> (status: ChildProcess.Termination, stdout: String, stderr: String) {
        let executable = Toolchain.executableDirectory() + "/notebook"
        let (status, out, err) = try ChildProcess(executable: executable, arguments: arguments, timeout: 300).runCollecting()
        return (status, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// The path of a fixture lesson of NotebookKitTests (shared with it, not copied).
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NotebookKitTests/Fixtures/notebooks/\(name)").path
    }
}
