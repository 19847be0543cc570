import NotebookRuntime
import Testing
@testable import NotebookKit

/// A program's end that no cell took: the lesson must fail, not pass with every cell not run.
@Suite struct CellAttributionTests {
    func attribution(stdout: String, stderr: String, termination: ChildProcess.Termination) throws -> CellAttribution {
        let notebook = try NotebookParser().parse(text: "```swift\nprint(1)\n```\n\n```swift no-run\nprint(2)\n```\n", path: "x.md")
        var collector = OutputCollector(nonce: "z", clock: { 0 })
        collector.feed(.stdout, Array(stdout.utf8)[...])
        collector.feed(.stderr, Array(stderr.utf8)[...])
        collector.finish()
        return CellAttribution(notebook: notebook, program: ProgramAssembler().program(for: notebook),
                               collector: collector, termination: termination, endTime: 0)
    }

    func marker(_ m: Wire.Marker) -> String { "\u{1E}" + m.encoded(nonce: "z") + "\n" }

    @Test func aProgramThatNeverReachedItsFirstCellFails() throws {
        let loader = "lesson: error while loading shared libraries: libNotebookEngine.so: cannot open shared object file\n"
        let attribution = try attribution(stdout: "", stderr: loader, termination: .exited(127))
        let cells = attribution.results()
        #expect(cells.values.allSatisfy { $0.status == .notRun })
        let failure = try #require(attribution.unattributedFailure(cells: cells, inlines: attribution.inlineResults()))
        #expect(failure.severity == .error)
        #expect(failure.message == "the program exited with status 127 before the end of the lesson")
        #expect(failure.notes.map(\.message) == ["before the lesson's first cell", "the program said: " + loader.dropLast()])
    }

    @Test func anEndAfterACellThatCannotFailIsReported() throws {
        let stdout = marker(.begin(cell: 0)) + "1\n" + marker(.begin(cell: 1))
        let attribution = try attribution(stdout: stdout, stderr: "", termination: .signaled(9))
        let cells = attribution.results()
        #expect(cells[0]?.status == .ok && cells[1]?.status == .skipped)
        let failure = try #require(attribution.unattributedFailure(cells: cells, inlines: []))
        #expect(failure.notes.map(\.message) == ["after the lesson's last cell that ran"])
    }

    @Test func aCellThatTookTheFailureOrAFinishedProgramNeedNoMore() throws {
        let failed = try attribution(stdout: marker(.begin(cell: 0)), stderr: "", termination: .exited(3))
        #expect(failed.results()[0]?.status == .failed)
        #expect(failed.unattributedFailure(cells: failed.results(), inlines: []) == nil)
        let finished = try attribution(stdout: marker(.begin(cell: 0)) + marker(.begin(cell: 1)) + marker(.done), stderr: "", termination: .exited(0))
        #expect(finished.unattributedFailure(cells: finished.results(), inlines: []) == nil)
    }
}
