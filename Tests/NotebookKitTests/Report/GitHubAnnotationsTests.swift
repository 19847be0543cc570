import Testing
@testable import NotebookKit

@Suite struct GitHubAnnotationsTests {
    let annotations = GitHubAnnotations()

    @Test func locatedErrorNamesFileLineAndColumn() {
        let diagnostic = Diagnostic.error("cannot find 'x' in scope", at: Location(file: "Notebooks/01-a.md", line: 12, column: 5))
        #expect(annotations.annotation(diagnostic) == "::error file=Notebooks/01-a.md,line=12,col=5::cannot find 'x' in scope")
    }

    @Test func severitiesMapToWorkflowCommands() {
        #expect(annotations.annotation(Diagnostic(.warning, "w")) == "::warning::w")
        #expect(annotations.annotation(Diagnostic(.note, "n")) == "::notice::n")
        #expect(annotations.annotation(.error, "stale", file: "Site/a.html") == "::error file=Site/a.html::stale")
    }

    @Test func messagesAndPropertiesAreEscaped() {
        let diagnostic = Diagnostic.error("100% wrong\r\nsecond line", at: Location(file: "a,b:c%.md", line: 1, column: 1),
                                          notes: [.init("known options: a, b")])
        #expect(annotations.annotation(diagnostic)
            == "::error file=a%2Cb%3Ac%25.md,line=1,col=1::100%25 wrong%0D%0Asecond line%0Anote: known options: a, b")
    }

    @Test func runAnnotatesUnexpectedFailuresOnly() throws {
        let notebook = try Fixture.notebook("options.md")
        let failure = Diagnostic.error("runtime error: boom", at: Location(file: notebook.path, line: 20))
        let expected = Diagnostic.error("runtime error: Index out of range", at: Location(file: notebook.path, line: 17))
        let cells = notebook.cells.map { CellResult(index: $0.index, line: $0.range.startLine, status: .ok) }
        var result = NotebookResult(notebook: notebook, cells: cells, diagnostics: [Diagnostic(.warning, "lesson-wide")])
        result.cells[3].status = .expectedFailure
        result.cells[3].diagnostics = [expected]
        result.cells[5].status = .failed
        result.cells[5].diagnostics = [failure]
        #expect(annotations.annotations(for: result) == ["::warning::lesson-wide", "::error file=Fixtures/options.md,line=20,col=1::runtime error: boom"])
    }
}
