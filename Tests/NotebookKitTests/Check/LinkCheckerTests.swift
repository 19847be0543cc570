import Testing
@testable import NotebookKit

@Suite struct LinkCheckerTests {
    @Test func findsMissingFilesAndAnchors() {
        let files = [
            "index.html": "<a href=\"a.html\">a</a> <a href=\"b.html\">b</a> <a href=\"a.html#there\">x</a> <a href=\"a.html#nowhere\">y</a>",
            "a.html": "<h2 id=\"there\">T</h2><a href=\"#there\">self</a><a href=\"#gone\">gone</a><a href=\"https://example.org/x\">ext</a><script src=\"assets/x.js\"></script>",
        ]
        let broken = LinkChecker().check(files).map(\.target)
        #expect(broken == ["#gone", "assets/x.js", "b.html", "a.html#nowhere"])
    }

    @Test func resolvesRelativePaths() {
        #expect(LinkChecker.resolve("../x.html", from: "sub/page.html") == "x.html")
        #expect(LinkChecker.resolve("./y.html", from: "page.html") == "y.html")
    }
}
