import Testing
@testable import NotebookKit

/// Rendering from fixed results (no compiler involved): snapshots, escaping, determinism.
@Suite struct SiteRendererTests {
    static func site() throws -> Site {
        let basic = try Fixture.notebook("basic.md")
        let options = try Fixture.notebook("options.md")
        let basicResult = NotebookResult(notebook: basic, cells: [
            CellResult(index: 0, line: 10, status: .ok, outputs: [CellOutput(kind: .stdout, data: "<script>alert(1)</script>\n"), CellOutput(kind: .display, data: "[1, 2, 3]")]),
            CellResult(index: 1, line: 24, status: .ok),
            CellResult(index: 2, line: 29, status: .ok, outputs: [CellOutput(kind: .display, mime: .html, data: "<table><tr><td>1</td></tr></table>")]),
            CellResult(index: 3, line: 36, status: .failed, diagnostics: [.error("runtime error: Index out of range", at: Location(file: "Fixtures/basic.md", line: 37))]),
        ])
        let optionsResult = NotebookResult(notebook: options, cells: [
            CellResult(index: 0, line: 3, status: .ok, outputs: [CellOutput(kind: .stdout, data: "hidden output\n")]),
            CellResult(index: 1, line: 7, status: .skipped),
            CellResult(index: 2, line: 12, status: .ok, outputs: [CellOutput(kind: .stdout, data: "quiet\n")]),
            CellResult(index: 3, line: 17, status: .expectedFailure, outputs: [CellOutput(kind: .error, data: "runtime error: Index out of range\n")]),
            CellResult(index: 4, line: 23, status: .expectedFailure, outputs: [CellOutput(kind: .error, data: "24:18: error: cannot convert\n")]),
            CellResult(index: 5, line: 27, status: .ok, outputs: [CellOutput(kind: .display, mime: .svg, data: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")]),
        ])
        return Site(title: "Test site", lessons: [Site.Lesson(notebook: basic, result: basicResult), Site.Lesson(notebook: options, result: optionsResult)])
    }

    @Test func pagesMatchSnapshots() throws {
        let files = try SiteRenderer().render(try Self.site())
        #expect(files.keys.sorted() == ["assets/search-index.js", "assets/site.js", "assets/style.css", "basic.html", "index.html", "options.html"])
        for name in ["index.html", "basic.html", "options.html", "assets/search-index.js"] {
            try assertSnapshot(files[name] ?? "", named: "site/\(name)")
        }
    }

    @Test func cellOutputIsEscaped() throws {
        let page = try #require(try SiteRenderer().render(try Self.site())["basic.html"])
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<script>alert(1)"))
        #expect(page.contains("<table><tr><td>1</td></tr></table>"))
    }

    @Test func hiddenAndNoOutputCellsAreLeftOut() throws {
        let page = try #require(try SiteRenderer().render(try Self.site())["options.html"])
        #expect(!page.contains("let secret = 41"))
        #expect(!page.contains("hidden output"))
        #expect(!page.contains("output-stdout\">quiet"))
        #expect(page.contains("Expected runtime error"))
        #expect(page.contains("Expected compile error"))
        #expect(page.contains("cell-expected-failure"))
    }

    @Test func failedCellShowsItsDiagnostic() throws {
        let page = try #require(try SiteRenderer().render(try Self.site())["basic.html"])
        #expect(page.contains("cell-failed"))
        #expect(page.contains("line 37: runtime error: Index out of range"))
    }

    @Test func navigationLinksLessons() throws {
        let files = try SiteRenderer().render(try Self.site())
        let basic = try #require(files["basic.html"])
        #expect(basic.contains("rel=\"next\" href=\"options.html\""))
        #expect(basic.contains("aria-current=\"page\""))
        #expect(basic.contains("<h1 id=\"basic-lesson\">"))
        #expect(LinkChecker().check(files).isEmpty)
    }

    @Test func renderingIsDeterministic() throws {
        let a = try SiteRenderer().render(try Self.site())
        let b = try SiteRenderer().render(try Self.site())
        #expect(a == b)
    }

    @Test func searchIndexCannotCloseItsScript() throws {
        let script = try #require(try SiteRenderer().render(try Self.site())["assets/search-index.js"])
        #expect(script.hasPrefix("window.SEARCH_INDEX = ["))
        #expect(!script.contains("</"))
    }
}
