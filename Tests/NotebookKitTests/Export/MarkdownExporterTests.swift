import Testing
@testable import NotebookKit

@Suite struct MarkdownExporterTests {
    @Test func matchesSnapshot() throws {
        try assertSnapshot(MarkdownExporter().export(try ExportFixture.optionsResult()), named: "export/options.md.txt")
    }

    @Test func exportIsTheLessonWithOutputsThatStayProse() throws {
        let result = try ExportFixture.optionsResult()
        let text = MarkdownExporter().export(result)
        let reparsed = try NotebookParser().parse(text: text, path: result.notebook.path)
        #expect(reparsed.cells.map(\.source) == result.notebook.cells.map(\.source))
        #expect(reparsed.cells.map(\.options) == result.notebook.cells.map(\.options))
        #expect(text.contains("```text\nabout to fail\n```"))
        #expect(text.contains("```text\nerror: line 28: uncaught error: Oops(reason: \"bad\")\n```"))
        #expect(!text.contains("setup"), "a hidden cell's output stays hidden")
        #expect(!text.contains("runs quietly\n```"), "a no-output cell's output stays hidden")
    }

    @Test func htmlBlocksHaveNoBlankLinesAndFencesOutgrowBackticks() {
        let exporter = MarkdownExporter()
        #expect(exporter.html("<table>\n\n<tr></tr>\n  \n</table>") == ["<div class=\"output\">", "<table>", "<tr></tr>", "</table>", "</div>"])
        #expect(exporter.fenced("a ```` b\n") == ["`````text", "a ```` b", "`````"])
        #expect(exporter.fenced("plain") == ["```text", "plain", "```"])
    }
}
