import Foundation
import Testing
@testable import NotebookKit

/// The `notebook` executable built beside the tests: exit statuses, formats, bad input.
@Suite struct CommandLineTests {
    struct Outcome {
        var status: ChildProcess.Termination
        var stdout: String
        var stderr: String
    }

    func notebook(_ arguments: String...) throws -> Outcome {
        let (status, stdout, stderr) = try NotebookBinary.run(arguments)
        return Outcome(status: status, stdout: stdout, stderr: stderr)
    }

    @Test func passingLessonExitsZeroWithATranscript() throws {
        let outcome = try notebook("run", NotebookBinary.fixture("basic.md"))
        #expect(outcome.status == .exited(0))
        #expect(outcome.stdout.contains("[1] line 10 ok"))
        #expect(outcome.stdout.contains("    Hello, cells"))
        #expect(!outcome.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func failingLessonExitsOne() throws {
        let outcome = try notebook("run", NotebookBinary.fixture("trap.md"))
        #expect(outcome.status == .exited(1))
        #expect(outcome.stdout.contains("error: runtime error: Index out of range"))
        #expect(outcome.stdout.contains(" 10 | let v = values[7]"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try notebook("run", "--format", "yaml", NotebookBinary.fixture("basic.md")).status == .exited(2))
        #expect(try notebook("frobnicate").status == .exited(2))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let outcome = try notebook("run", "--format", "json", NotebookBinary.fixture("options.md"))
        #expect(outcome.status == .exited(0))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["notebook"] as? String == NotebookBinary.fixture("options.md"))
        let cells = try #require(object["cells"] as? [[String: Any]])
        #expect(cells.map { $0["status"] as? String } == ["ok", "skipped", "ok", "expected-failure", "expected-failure", "ok"])
        let outputs = try #require(cells[5]["outputs"] as? [[String: Any]])
        #expect(outputs.first?["mime"] as? String == "text/plain")
        #expect(outputs.first?["data"] as? String == "42")
        #expect(cells[0].keys.sorted() == ["diagnostics", "index", "line", "outputs", "seconds", "status"])
    }

    @Test func badInputIsReportedNotCrashedOn() throws {
        let missing = try notebook("run", "/nonexistent/lesson.md")
        #expect(missing.status == .exited(1))
        #expect(missing.stderr.contains("no such file or folder: /nonexistent/lesson.md"))

        let empty = try FileSystem.temporaryDirectory(prefix: "empty-")
        defer { FileSystem.remove(empty) }
        let noLessons = try notebook("run", empty)
        #expect(noLessons.status == .exited(1))
        #expect(noLessons.stderr.contains("no lessons (.md files) in folder"))

        let badOption = try notebook("run", NotebookBinary.fixture("bad-option.md"))
        #expect(badOption.status == .exited(1))
        #expect(badOption.stderr.contains("bad-option.md:3:10: error: unknown cell option 'hiden'"))
        #expect(badOption.stderr.contains(" 3 | ```swift hiden"))

        let yaml = try notebook("run", NotebookBinary.fixture("bad-yaml.md"))
        #expect(yaml.status == .exited(1))
        #expect(yaml.stderr.contains("front matter is not valid YAML"))

        let bytes = try FileSystem.temporaryDirectory(prefix: "utf8-")
        defer { FileSystem.remove(bytes) }
        try Data([0x23, 0x20, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: bytes + "/bad.md"))
        let invalid = try notebook("run", bytes + "/bad.md")
        #expect(invalid.status == .exited(1))
        #expect(invalid.stderr.contains("bad.md:1:3: error: lesson is not valid UTF-8"))
    }

    @Test func proseOnlyLessonRunsCleanly() throws {
        let outcome = try notebook("run", NotebookBinary.fixture("prose-only.md"))
        #expect(outcome.status == .exited(0))
        #expect(outcome.stdout.contains("(no cells)"))
    }
}
