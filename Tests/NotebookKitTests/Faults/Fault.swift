import Foundation
import Testing
@testable import NotebookKit

/// One case of the fault catalogue: a project, a command, and what a user must see — the exit
/// status, the located messages — and must not: temporary paths, driver noise, or any change
/// outside the output folder (the runner's own lock file beside it excepted).
struct Fault: Sendable, CustomTestStringConvertible {
    var name: String
    /// Lesson file name in `Notebooks/` → fixture under `Fixtures/notebooks/`.
    var lessons: [String: String] = ["01-basic.md": "basic.md"]
    /// Other files of the project, relative path → contents.
    var files: [String: String] = [:]
    /// Empty folders of the project.
    var folders: [String] = []
    var arguments: [String]
    var status: Int32
    /// Fragments the output must contain ("Notebooks/x.md:5:1: error: …" for located ones).
    var messages: [String]
    var absent: [String] = ["/tmp/", "emit-module", "NSCocoaErrorDomain", "Fatal error"]
    /// The folder the command may change (relative), if any.
    var output: String? = nil
    /// Processes the lesson printed as `child <pid>` must be gone when the command returns.
    var childrenEnd = false

    var testDescription: String { name }

    /// Runs the case and checks everything it promises.
    func check() throws {
        let project = try FaultProject(lessons: lessons, files: files)
        defer { project.remove() }
        for folder in folders { try FileSystem.createDirectory(project.root + "/" + folder) }
        let spared = output.map { [$0, Self.lockFile(of: $0)] } ?? []
        let before = project.snapshot(excluding: spared)
        let outcome = try project.notebook(arguments)
        #expect(outcome.status == .exited(status), "\(name): \(outcome.text)")
        for message in messages { #expect(outcome.text.contains(message), "\(name): no '\(message)' in:\n\(outcome.text)") }
        for noise in absent { #expect(!outcome.text.contains(noise), "\(name): '\(noise)' in:\n\(outcome.text)") }
        #expect(project.snapshot(excluding: spared) == before, "\(name): something outside \(output ?? "the project") changed")
        if childrenEnd {
            let children = childPids(in: outcome.text)
            #expect(!children.isEmpty, "\(name): the lesson printed no child pids:\n\(outcome.text)")
            for pid in children { #expect(processIsGone(pid), "\(name): child \(pid) outlived the lesson") }
        }
    }

    /// The lock file a build keeps beside its output folder.
    static func lockFile(of output: String) -> String {
        let parent = (output as NSString).deletingLastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + "." + (output as NSString).lastPathComponent + ".lock"
    }
}
