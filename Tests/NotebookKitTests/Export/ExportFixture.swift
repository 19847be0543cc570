@testable import NotebookKit

/// A result for `options.md` with every kind of output, built by hand so export tests do not
/// depend on the compiler's wording: streams, displays (text, HTML, SVG), an expected runtime
/// error, an expected compile error, and a cell that failed.
enum ExportFixture {
    static func optionsResult() throws -> NotebookResult {
        let notebook = try Fixture.notebook("options.md")
        let path = notebook.path
        let cells = [
            CellResult(index: 0, line: 3, status: .ok, outputs: [CellOutput(kind: .stdout, data: "setup\n")]),
            CellResult(index: 1, line: 7, status: .skipped),
            CellResult(index: 2, line: 12, status: .ok, outputs: [CellOutput(kind: .stdout, data: "runs quietly\n")]),
            CellResult(index: 3, line: 17, status: .expectedFailure, outputs: [
                CellOutput(kind: .stdout, data: "about to fail\n"),
                CellOutput(kind: .stderr, data: "a warning\n"),
                CellOutput(kind: .error, data: "runtime error: Index out of range\n"),
            ]),
            CellResult(index: 4, line: 23, status: .expectedFailure, outputs: [
                CellOutput(kind: .error, data: "24:18: error: cannot convert value of type 'String' to specified type 'Int'\n"),
            ]),
            CellResult(index: 5, line: 27, status: .failed, outputs: [
                CellOutput(kind: .display, data: "42"),
                CellOutput(kind: .display, mime: .html, data: "<table>\n\n<tr><td>1 ``` 2</td></tr>\n</table>"),
                CellOutput(kind: .display, mime: .svg, data: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
                CellOutput(kind: .stdout, data: "a ```` fence\n"),
            ], diagnostics: [
                .error("uncaught error: Oops(reason: \"bad\")", at: Location(file: path, line: 28),
                       notes: [.init("in the cell that starts at line 27")]),
            ]),
        ]
        return NotebookResult(notebook: notebook, cells: cells)
    }
}
