import Testing
@testable import NotebookKit

/// `` `{swift} expr` `` in prose: found and located by the parser, evaluated in order after the
/// cells above it, shown as text in the page, the exports and the transcript.
@Suite struct InlineExpressionTests {
    @Test func codeSpansAreFoundByCommonMarksRule() {
        let spans = InlineExpression.spans(in: #"a `x` b `` y`z `` c \`no` `unclosed"#)
        // The escaped backtick opens nothing; the one after `no` opens a span holding one space.
        #expect(spans.map(\.content) == ["x", "y`z", " "])
        #expect(spans.first.map { ($0.start, $0.end, $0.contentStart) } ?? (0, 0, 0) == (2, 5, 3))
    }

    @Test func theParserLocatesEachExpression() throws {
        let notebook = try NotebookParser().parse(fileAt: Fixture.path("inline.md"))
        #expect(notebook.inlines.map(\.code) == [
            "[3, 1, 2].sorted()", "accuracy", "Score(value: 0.5)", "items.count", "items.map { $0 * 2 }", "\"a`b\"", "total", "\"<b>&</b>\"",
        ])
        #expect(notebook.inlines.map(\.cellsBefore) == [0, 1, 1, 1, 1, 1, 2, 2])
        let continuation = notebook.inlines[3]
        #expect(continuation.line == 18)
        // cmark's own column for it skips the line's two spaces of indentation; this is the byte column.
        #expect(Array(notebook.lines[17].utf8)[(continuation.column - 1)...].starts(with: Array("items.count".utf8)))
        #expect(notebook.lines(substituting: [3: "3"])[17].hasPrefix("  continuation line's 3 (*in"))
    }

    @Test(arguments: [
        ("A `{swift}` alone.\n", "this inline `{swift}` expression is empty", 1, 3),
        ("Broken `{swift} 1 +\n2` over two lines.\n", "an inline `{swift}` expression must fit on one line", 1, 1),
    ])
    func badExpressionsAreLocatedErrors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: DiagnosticError.self) { try NotebookParser().parse(text: text, path: "x.md") }
        do {
            _ = try NotebookParser().parse(text: text, path: "x.md")
        } catch {
            #expect(error.diagnostics.first?.message == message)
            #expect(error.diagnostics.first?.location == SourceLocation(file: "x.md", line: line, column: column))
        }
    }

    @Test func valuesComeFromTheRunInOrder() throws {
        let result = try Fixture.run("inline.md")
        #expect(result.passed)
        #expect(result.inlines.map(\.value) == ["[1, 2, 3]", "0.8125", "score 0.5", "3", "[2, 4, 6]", "a`b", "6", "<b>&</b>"])
        let page = LessonRenderer(lesson: Site.Lesson(notebook: result.notebook, result: result)).render().article.markup
        #expect(page.contains(#"The accuracy is <span class="computed">0.8125</span>, the score <span class="computed">score 0.5</span>"#))
        #expect(page.contains(#"with <markup> <span class="computed">&lt;b&gt;&amp;&lt;/b&gt;</span> escaped"#))
        #expect(page.contains("<code>code</code>"))
        let markdown = MarkdownExporter().export(result)
        #expect(markdown.contains("Double backticks hold a backtick: a\\`b, and `code` stays code."))
        #expect(markdown.contains(#"with <markup> \<b\>\&\</b\> escaped"#))
        let transcript = Transcript(colors: false).format(result)
        #expect(transcript.contains("[inline] line 17 ok `{swift} accuracy`\n    0.8125\n"))
        #expect(transcript.hasSuffix("; inline: 8 ok in \(Format.seconds(result.seconds))\n"))
    }

    @Test func aCompileErrorIsLocatedInTheProse() throws {
        let notebook = try NotebookParser().parse(text: "```swift\nlet items = [1]\n```\n\nSee `{swift} items.cont` here.\n", path: "x.md")
        let result = NotebookRunner(toolchain: try Toolchain.locate()).run(notebook)
        #expect(!result.passed)
        #expect(result.inlines.first?.status == .failed)
        #expect(result.inlines.first?.diagnostics.first?.location == SourceLocation(file: "x.md", line: 5, column: 20))
    }

    @Test func aTrapInsideOneIsLocatedThereAndLaterCellsDoNotRun() throws {
        let notebook = try NotebookParser().parse(text: "```swift\nlet items = [1]\n```\n\nSee `{swift} items[7]` here.\n\n```swift\nprint(1)\n```\n", path: "x.md")
        let result = NotebookRunner(toolchain: try Toolchain.locate()).run(notebook)
        #expect(result.cells.map(\.status) == [.ok, .notRun])
        #expect(result.inlines.first?.status == .failed)
        let diagnostic = try #require(result.inlines.first?.diagnostics.first)
        #expect(diagnostic.message == "runtime error: Index out of range")
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: 5, column: 19))
    }

    @Test func theCacheKeyCoversInlineCodeButNotOtherProse() throws {
        let environment = CacheKey.Environment(digest: "e")
        func key(_ text: String) throws -> String {
            CacheKey(notebook: try NotebookParser().parse(text: text, path: "x.md"), environment: environment, defaultTimeout: 10).digest
        }
        let base = try key("```swift\nlet a = 1\n```\n\nIt is `{swift} a`.\n")
        #expect(try key("```swift\nlet a = 1\n```\n\nIt is `{swift} a + 1`.\n") != base)
        #expect(try key("```swift\nlet a = 1\n```\n\nIt is now `{swift} a`.\n") != base, "a move changes its column, which diagnostics show")
        #expect(try key("```swift\nlet a = 1\n```\n\nIt is `{swift} a`.\n\nMore prose.\n") == base)
    }
}
