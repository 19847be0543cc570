import Foundation
import Testing
@testable import NotebookKit

/// Per-cell timings appear in the terminal transcript and in the JSON report.
@Suite struct TranscriptTests {
    func result() throws -> NotebookResult {
        let notebook = try Fixture.notebook("basic.md")
        var cells = notebook.cells.map { CellResult(index: $0.index, line: $0.range.startLine, status: .ok, seconds: 0.25) }
        cells[3].status = .notRun
        cells[3].seconds = nil
        return NotebookResult(notebook: notebook, cells: cells, seconds: 1.5)
    }

    @Test func transcriptShowsSecondsPerCellThatRan() throws {
        let lines = Transcript(colors: false).format(try result()).split(separator: "\n").map(String.init)
        #expect(lines.contains("[1] line 10 ok 0.25 s"))
        #expect(lines.contains("[4] line 35 not-run"))
        #expect(lines.last == "passed: 3 ok, 1 not-run in 1.50 s")
    }

    @Test func jsonHasSecondsPerCellThatRan() throws {
        let json = try JSONReport().encode(try result())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let cells = try #require(object["cells"] as? [[String: Any]])
        #expect(cells.map { $0["seconds"] as? Double } == [0.25, 0.25, 0.25, nil])
        #expect(try JSONReport(includeTimings: false).encode(try result()).contains("seconds") == false)
    }
}
