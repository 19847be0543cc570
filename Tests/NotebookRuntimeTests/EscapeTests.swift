import Testing
@testable import NotebookRuntime

@Suite struct EscapeTests {
    @Test func textEscapesMarkupButNotQuotes() {
        #expect(Escape.text("<script>a & \"b\"</script>") == "&lt;script&gt;a &amp; \"b\"&lt;/script&gt;")
    }

    @Test func attributeEscapesQuotes() {
        #expect(Escape.attribute("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
    }

    @Test func plainTextIsUnchanged() {
        #expect(Escape.text("naïve 日本 ok") == "naïve 日本 ok")
    }
}
