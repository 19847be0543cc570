import Foundation
import Testing
@testable import NotebookKit

@Suite struct JupyterExporterTests {
    func exported() throws -> [String: Any] {
        let text = JupyterExporter().export(try ExportFixture.optionsResult())
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func cells() throws -> [[String: Any]] {
        try #require(try exported()["cells"] as? [[String: Any]])
    }

    @Test func matchesSnapshotAndIsDeterministic() throws {
        let text = JupyterExporter().export(try ExportFixture.optionsResult())
        #expect(text == JupyterExporter().export(try ExportFixture.optionsResult()))
        try assertSnapshot(text, named: "export/options.ipynb")
    }

    @Test func notebookIsFormatFourFiveForSwift() throws {
        let notebook = try exported()
        #expect(notebook["nbformat"] as? Int == 4)
        #expect(notebook["nbformat_minor"] as? Int == 5)
        let kernel = (notebook["metadata"] as? [String: Any])?["kernelspec"] as? [String: String]
        #expect(kernel == ["display_name": "Swift", "language": "swift", "name": "swift"])
    }

    @Test func proseBecomesMarkdownAndCellsCode() throws {
        let cells = try cells()
        #expect(cells.map { $0["cell_type"] as? String } == ["markdown"] + Array(repeating: "code", count: 6))
        #expect(cells[0]["source"] as? [String] == ["# Cell options"])
        #expect(cells[4]["source"] as? [String] == ["print(\"about to fail\")\n", "let items = [1, 2, 3]\n", "items[secret]"])
    }

    @Test func idsAreStableUniqueAndValid() throws {
        let ids = try cells().compactMap { $0["id"] as? String }
        #expect(Set(ids).count == 7)
        #expect(ids.allSatisfy { $0.count <= 64 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } })
        #expect(ids[2] == JupyterExporter.cellID(path: "Fixtures/options.md", position: 2))
        #expect(JupyterExporter.cellID(path: "a.md", position: 2) != JupyterExporter.cellID(path: "b.md", position: 2))
    }

    @Test func outputsFollowWhatThePageShows() throws {
        let cells = try cells()
        func outputs(_ position: Int) -> [[String: Any]] { cells[position]["outputs"] as? [[String: Any]] ?? [] }
        // Hidden cell: collapsed, no outputs. No-run: never executed. No-output: nothing shown.
        #expect(outputs(1).isEmpty && outputs(2).isEmpty && outputs(3).isEmpty)
        #expect((cells[1]["metadata"] as? [String: Any])?["jupyter"] as? [String: Bool] == ["outputs_hidden": true, "source_hidden": true])
        #expect(cells.map { $0["execution_count"] as? Int } == [nil, 1, nil, 2, 3, 4, 5])
        #expect(outputs(4).map { $0["output_type"] as? String } == ["stream", "stream", "error"])
        #expect(outputs(4).map { $0["name"] as? String } == ["stdout", "stderr", nil])
        #expect(outputs(4)[2]["ename"] as? String == "RuntimeError")
        #expect(outputs(4)[2]["evalue"] as? String == "Index out of range")
        #expect(outputs(5)[0]["ename"] as? String == "CompileError")
        #expect(outputs(5)[0]["evalue"] as? String == "cannot convert value of type 'String' to specified type 'Int'")
        let last = outputs(6)
        #expect(last.map { $0["output_type"] as? String } == ["display_data", "display_data", "display_data", "stream", "error"])
        #expect(last.compactMap { ($0["data"] as? [String: Any])?.keys.first } == ["text/plain", "text/html", "image/svg+xml"])
        #expect(last[4]["ename"] as? String == "UncaughtError")
        #expect(last[4]["traceback"] as? [String] == [
            "Fixtures/options.md:28:1: error: uncaught error: Oops(reason: \"bad\")", "note: in the cell that starts at line 27",
        ])
    }

    @Test func multiLineStringsKeepTheirNewlines() {
        #expect(JupyterExporter.lines("a\nb\n") == ["a\n", "b\n"])
        #expect(JupyterExporter.lines("a\n\nb") == ["a\n", "\n", "b"])
        #expect(JupyterExporter.lines("") == [])
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONValue.string("q\"\\\n\t\u{1}é").serialized() == "\"q\\\"\\\\\\n\\t\\u0001é\"\n")
    }

    @Test func ranLessonExportsItsRichOutputs() throws {
        let result = try Fixture.run("rich.md")
        let text = JupyterExporter().export(result)
        let notebook = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let cells = try #require(notebook["cells"] as? [[String: Any]])
        let first = try #require(cells[1]["outputs"] as? [[String: Any]])
        #expect(first.compactMap { ($0["data"] as? [String: Any])?.keys.first } == ["text/html", "image/svg+xml"])
        #expect((first[0]["data"] as? [String: [String]])?["text/html"] == ["<span class=\"badge\">&lt;ok&gt;</span>"])
    }
}
