import Testing
import Foundation
@testable import NotebookKit

/// End to end: fixture lessons compiled against the engine library and run.
@Suite struct NotebookRunnerTests {
    @Test func cellsShareStateAndShowTheirLastExpression() throws {
        let result = try Fixture.run("basic.md")
        #expect(result.passed)
        #expect(result.cells.map(\.status) == [.ok, .ok, .ok, .ok])
        #expect(result.text(0, .stdout) == "Hello, cells\n")
        #expect(result.text(0, .display) == "[1, 2, 3]")
        #expect(result.text(1) == "")
        #expect(result.text(2, .stdout) == "HELLO!\n")
        #expect(result.text(2, .stderr) == "to stderr\n")
        #expect(result.text(2, .display) == "6")
        #expect(result.text(3, .display) == "")
    }

    @Test func cellOptionsBehave() throws {
        let result = try Fixture.run("options.md")
        #expect(result.passed)
        #expect(result.cells.map(\.status) == [.ok, .skipped, .ok, .expectedFailure, .expectedFailure, .ok])
        #expect(result.text(1) == "")
        #expect(result.text(2, .stdout) == "runs quietly\n", "results keep a no-output cell's outputs")
        #expect(ShownOutputs(result.notebook.cells[2], result.cell(2)).items.isEmpty, "readers see none of them")
        #expect(result.text(3, .stdout) == "about to fail\n")
        #expect(result.text(3, .error) == "runtime error: Index out of range\n")
        #expect(result.text(4, .error).contains("cannot convert value of type 'String' to specified type 'Int'"))
        #expect(result.text(5, .display) == "42")
    }

    @Test func trapIsAttributedToItsCellAndLaterCellsDoNotRun() throws {
        let result = try Fixture.run("trap.md")
        #expect(!result.passed)
        #expect(result.cells.map(\.status) == [.ok, .failed, .notRun])
        #expect(result.text(1, .stdout) == "before the trap")
        #expect(result.cell(1).diagnostics.first?.message == "runtime error: Index out of range")
        // The backtrace names the exact line and column of the subscript.
        #expect(result.cell(1).diagnostics.first?.location == Location(file: Fixture.path("trap.md"), line: 10, column: 15))
        #expect(!result.text(1, .stderr).contains("Backtrace"))
    }

    /// Runs of statements go in `do { }` blocks (see `StatementGroups`): a trap, a compile
    /// error and a thrown error inside them still point at the author's line and column.
    @Test func failuresInStatementGroupsPointAtTheLesson() throws {
        let trap = try Fixture.run("grouped.md")
        #expect(trap.cells.map(\.status) == [.ok, .ok, .failed, .notRun])
        #expect(trap.text(1, .stdout) == "counting\n" && trap.text(1, .display) == "60")
        #expect(trap.text(2, .stdout) == "then the trap")
        #expect(trap.cell(2).diagnostics.first?.location == Location(file: Fixture.path("grouped.md"), line: 20, column: 19))
        let compile = try Fixture.run("grouped-errors.md")
        #expect(compile.cells.map(\.status) == [.notRun, .failed])
        let error = try #require(compile.cell(1).diagnostics.first { $0.severity == .error })
        #expect(error.location == Location(file: Fixture.path("grouped-errors.md"), line: 9, column: 14))
        let thrown = try Fixture.run("grouped-throw.md")
        #expect(thrown.cells.map(\.status) == [.ok, .failed, .notRun])
        let uncaught = try #require(thrown.cell(1).diagnostics.first)
        #expect(uncaught.message == "uncaught error: Oops()")
        #expect(uncaught.location == Location(file: Fixture.path("grouped-throw.md"), line: 5, column: 30))
        #expect(uncaught.notes.first?.location == Location(file: Fixture.path("grouped-throw.md"), line: 10, column: 9))
    }

    @Test func fatalErrorPointsAtItsLine() throws {
        let result = try Fixture.run("fatal.md")
        #expect(result.cells.map(\.status) == [.ok, .failed])
        let diagnostic = try #require(result.cell(1).diagnostics.first)
        #expect(diagnostic.message == "runtime error: n is too large")
        #expect(diagnostic.location?.line == 10)
    }

    @Test func trapInAFunctionFromAnEarlierCellNamesTheCaller() throws {
        let notebook = try NotebookParser().parse(text: """
            ```swift
            func pick(_ xs: [Int], _ i: Int) -> Int {
                xs[i]
            }
            ```

            ```swift
            let chosen = pick([1, 2], 5)
            ```
            """, path: "calls.md")
        let result = NotebookRunner(toolchain: try Toolchain.locate()).run(notebook)
        let diagnostic = try #require(result.cell(1).diagnostics.first)
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.notes.first?.location?.line == 8)
        #expect(diagnostic.notes.first?.message == "called from here")
    }

    @Test func lessonsRunInTheirOwnFolder() throws {
        let folder = try FileSystem.ownedTemporaryDirectory(prefix: "lesson-folder-")
        defer { FileSystem.remove(folder) }
        try "beside the lesson\n".write(toFile: folder + "/note.txt", atomically: true, encoding: .utf8)
        let notebook = try NotebookParser().parse(text: """
            ```swift
            import Foundation
            print(try String(contentsOfFile: "note.txt", encoding: .utf8), terminator: "")
            ```
            """, path: folder + "/reads.md")
        let result = NotebookRunner(toolchain: try Toolchain.locate()).run(notebook)
        #expect(result.cells.map(\.status) == [.ok])
        #expect(result.cell(0).outputs.first?.data == "beside the lesson\n")
        #expect(NotebookRunner.lessonFolder("reads.md") == "." && NotebookRunner.lessonFolder("a/b.md") == "a")
    }

    @Test func uncaughtErrorIsReported() throws {
        let result = try Fixture.run("throws.md")
        #expect(result.cells.map(\.status) == [.ok, .failed, .notRun])
        #expect(result.cell(1).diagnostics.first?.message.hasPrefix("uncaught error: Oops(reason: \"bad input\")") == true)
    }

    @Test func exitStatusIsReported() throws {
        let result = try Fixture.run("exit.md")
        #expect(result.cells.map(\.status) == [.failed, .notRun])
        #expect(result.text(0, .stdout) == "bye\n")
        #expect(result.cell(0).diagnostics.first?.message == "the program exited with status 3 before the end of the lesson")
    }

    @Test func timeoutKillsTheProgramAndKeepsEarlierOutput() throws {
        let result = try Fixture.run("timeout.md")
        #expect(result.cells.map(\.status) == [.failed, .notRun])
        #expect(result.text(0, .stdout) == "started\n")
        #expect(result.cell(0).diagnostics.first?.message.hasPrefix("timed out after 1 s") == true)
    }

    @Test func hugeOutputIsCappedWithoutHanging() throws {
        let result = try Fixture.run("flood.md")
        #expect(result.cells.map(\.status) == [.ok, .ok])
        let kept = result.text(0, .stdout)
        #expect(kept.utf8.count == 1 << 20)
        #expect(result.text(0, .stderr).contains("more bytes not shown"))
        #expect(result.text(1, .stdout) == "after the flood\n")
    }

    @Test func compileErrorsPointIntoTheLesson() throws {
        let result = try Fixture.run("compile-error.md")
        #expect(result.cells.map(\.status) == [.notRun, .failed])
        let diagnostic = try #require(result.cell(1).diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location?.file == Fixture.path("compile-error.md"))
        #expect(diagnostic.location?.line == 9)
        #expect(diagnostic.location?.column == 5)
        #expect(diagnostic.message.contains("String"))
    }

    @Test func unmetExpectationsFail() throws {
        let result = try Fixture.run("expectations-broken.md")
        #expect(result.cells.map(\.status) == [.failed, .failed, .ok])
        #expect(result.cell(0).diagnostics.first?.message == "expected a runtime error, but the cell ran to its end")
        #expect(result.cell(1).diagnostics.first?.message == "expected a compile error, but the cell compiled")
        #expect(result.text(2, .stdout) == "still runs\n")
    }

    @Test func proseOnlyLessonPasses() throws {
        let result = try Fixture.run("prose-only.md")
        #expect(result.passed)
        #expect(result.cells.isEmpty)
    }

    @Test func richOutputsKeepTheirMimeTypes() throws {
        let result = try Fixture.run("rich.md")
        #expect(result.passed)
        #expect(result.cell(0).outputs.map(\.mime) == [.html, .svg])
        #expect(result.cell(0).outputs.first?.data == "<span class=\"badge\">&lt;ok&gt;</span>")
        #expect(result.cell(1).outputs.map(\.kind) == [.display, .stdout])
        #expect(result.text(1, .stdout) == "<script>alert(1)</script>\n")
    }
}
