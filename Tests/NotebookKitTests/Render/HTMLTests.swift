import Testing
@testable import NotebookKit

@Suite struct HTMLTests {
    @Test func textAndAttributesAreEscapedDifferently() {
        let html = HTML.element("a", ["href": "x?a=1&b=\"2\"", "title": "it's"], text: "<script>alert('x')</script>")
        #expect(html.markup == "<a href=\"x?a=1&amp;b=&quot;2&quot;\" title=\"it&#39;s\">&lt;script&gt;alert('x')&lt;/script&gt;</a>")
    }

    @Test func nilAttributesAreLeftOutAndEmptyOnesAreBare() {
        #expect(HTML.element("div", ["hidden": "", "id": nil]).markup == "<div hidden></div>")
        #expect(HTML.element("input", ["type": "search"]).markup == "<input type=\"search\">")
    }

    @Test func highlighterEscapesAndClassifies() {
        let html = SwiftHighlighter.highlight("let s = \"<b>\" // note\n").markup
        #expect(html.contains("<span class=\"kw\">let</span>"))
        #expect(html.contains("<span class=\"str\">&quot;&lt;b&gt;&quot;</span>") || html.contains("&lt;b&gt;"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<span class=\"cm\">// note</span>"))
    }

    @Test func slugsAreUniqueAndReadable() {
        var slugger = Slugger()
        #expect(slugger.slug("3.1 Sample selection!") == "3-1-sample-selection")
        #expect(slugger.slug("Results") == "results")
        #expect(slugger.slug("Results") == "results-2")
        #expect(slugger.slug("???") == "section")
    }
}
