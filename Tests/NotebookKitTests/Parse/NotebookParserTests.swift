import Testing
@testable import NotebookKit

@Suite struct NotebookParserTests {
    @Test(arguments: ["basic.md", "options.md", "prose-only.md", "compile-error.md"])
    func dumpMatchesSnapshot(name: String) throws {
        try assertSnapshot(try Fixture.notebook(name).dump(), named: "dumps/\(name).txt")
    }

    @Test func cellsKeepExactLinesAndCode() throws {
        let notebook = try Fixture.notebook("basic.md")
        #expect(notebook.cells.count == 4)
        let first = notebook.cells[0]
        #expect(first.range == SourceRange(10, 15))
        #expect(first.firstCodeLine == 11)
        #expect(first.source.hasPrefix("var greeting = \"Hello\""))
        #expect(notebook.title == "Basic lesson")
        #expect(notebook.frontMatter.summary == "State shared between cells, displays and streams.")
        #expect(notebook.frontMatter.order == 1)
    }

    @Test func otherLanguagesStayProse() throws {
        let notebook = try Fixture.notebook("basic.md")
        let codes = notebook.blocks.compactMap { block -> String? in
            if case .prose(let prose) = block, case .code(let info) = prose.kind { return info }
            return nil
        }
        #expect(codes == ["python"])
    }

    @Test func proseOnlyLessonHasNoCells() throws {
        let notebook = try Fixture.notebook("prose-only.md")
        #expect(notebook.cells.isEmpty)
        #expect(!notebook.blocks.isEmpty)
    }

    @Test func unknownOptionIsLocated() throws {
        #expect {
            _ = try Fixture.notebook("bad-option.md")
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.message == "unknown cell option 'hiden'"
                && diagnostic?.location == Location(file: "Fixtures/bad-option.md", line: 3, column: 10)
                && diagnostic?.notes.first?.message.contains("did you mean 'hidden'?") == true
        }
    }

    @Test func invalidYAMLIsLocated() throws {
        #expect {
            _ = try Fixture.notebook("bad-yaml.md")
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.message.hasPrefix("front matter is not valid YAML") == true && diagnostic?.location?.line ?? 0 >= 2
        }
    }

    @Test func unknownFrontMatterKeyIsLocated() throws {
        #expect {
            _ = try Fixture.notebook("unknown-key.md")
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.message == "unknown front matter key 'tilte'" && diagnostic?.location?.line == 2
        }
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("# Title\nok line\nbad \u{00}".utf8).dropLast() + [0xFF, 0x0A]
        #expect {
            _ = try NotebookParser().parse(bytes: Array(bytes), path: "x.md")
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.message == "lesson is not valid UTF-8" && diagnostic?.location == Location(file: "x.md", line: 3, column: 5)
        }
    }

    @Test func missingFileIsAnError() throws {
        #expect(throws: DiagnosticError.self) { _ = try NotebookParser().parse(fileAt: "/nonexistent/lesson.md") }
    }

    @Test func unclosedFrontMatterIsAnError() throws {
        #expect(throws: DiagnosticError.self) { _ = try NotebookParser().parse(text: "---\ntitle: x\n# no end\n", path: "x.md") }
    }
}
