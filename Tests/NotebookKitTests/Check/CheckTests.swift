import Testing
@testable import NotebookKit

@Suite struct CheckTests {
    func result(cells: [CellResult], summary: String? = nil) throws -> NotebookResult {
        let front = summary.map { "---\nsummary: \"\($0)\"\n---\n" } ?? ""
        let notebook = try NotebookParser().parse(text: front + "# A\n", path: "a.md")
        return NotebookResult(notebook: notebook, cells: cells)
    }

    @Test func aCurrentSiteWithWorkingLinksPasses() throws {
        let dir = try FileSystem.temporaryDirectory(prefix: "check-")
        defer { FileSystem.remove(dir) }
        try FileSystem.write("<a href=\"#x\"></a><p id=\"x\"></p>", to: "\(dir)/index.html")
        let outcome = Check(siteFolder: dir).check(results: [try result(cells: [CellResult(index: 0, line: 3, status: .ok)])],
                                                   files: ["index.html": "<a href=\"#x\"></a><p id=\"x\"></p>"])
        #expect(outcome.passed)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.summary == "check: 1 lessons, 1 cells, 0 failed, 0 broken links, 0 stale files: ok")
    }

    @Test func reportsEveryKindOfProblemTyped() throws {
        let dir = try FileSystem.temporaryDirectory(prefix: "check-")
        defer { FileSystem.remove(dir) }
        let results = [try result(cells: [CellResult(index: 0, line: 3, status: .failed)], summary: LessonScaffold.summaryPlaceholder)]
        let outcome = Check(siteFolder: dir).check(results: results, files: ["index.html": "<a href=\"gone.html\">"])
        #expect(!outcome.passed)
        #expect(outcome.brokenLinks.map(\.target) == ["gone.html"])
        #expect(outcome.staleFiles.map(\.kind) == [.missing])
        #expect(outcome.unfinishedSummaries.count == 1)
        #expect(outcome.problems.map(\.testCase.name) == ["link index.html → gone.html", "drift index.html", "summary a.md"])
        #expect(outcome.summary == "check: 1 lessons, 1 cells, 1 failed, 1 broken links, 1 stale files: FAILED")
    }
}
