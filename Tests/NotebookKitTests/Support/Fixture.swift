import Foundation
import Testing
@testable import NotebookKit

/// Fixture lessons and snapshot files, found from this source file so that re-recording
/// (`RECORD_SNAPSHOTS=1 swift test`) writes into the source tree.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    static func path(_ name: String) -> String { "\(root)/notebooks/\(name)" }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Parses a fixture lesson under a short relative name, as the CLI would see it.
    static func notebook(_ name: String) throws -> Notebook {
        try NotebookParser().parse(text: text(name), path: "Fixtures/\(name)")
    }

    /// Runs a fixture lesson against the engine library built beside the test bundle.
    static func run(_ name: String, timeout: Double = 120) throws -> NotebookResult {
        var options = NotebookRunner.Options()
        options.defaultTimeout = timeout
        let runner = NotebookRunner(toolchain: try Toolchain.locate(), options: options)
        return runner.run(try NotebookParser().parse(fileAt: path(name)))
    }
}

/// Compares `actual` with the snapshot file `name` under Fixtures/, or writes it when the
/// environment has `RECORD_SNAPSHOTS=1` (or the file does not exist yet).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let path = "\(Fixture.root)/\(name)"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    if record || !FileManager.default.fileExists(atPath: path) {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        if !record { Issue.record("recorded new snapshot \(name); run again", sourceLocation: sourceLocation) }
        return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "snapshot \(name) differs; re-record with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
}

extension NotebookResult {
    func cell(_ index: Int) -> CellResult { cells[index] }
    func text(_ index: Int, _ kind: CellOutput.Kind? = nil) -> String {
        cells[index].outputs.filter { kind == nil || $0.kind == kind }.map(\.data).joined()
    }
}
typealias Location = NotebookKit.SourceLocation
