import Foundation
import Testing
@testable import NotebookServe

@Suite struct LiveReloadTests {
    @Test func scriptGoesBeforeTheLastBodyEnd() {
        let page = "<html><body><p>&lt;/body&gt;</p></body></html>\n"
        let injected = LiveReload.inject(into: page, generation: 7)
        #expect(injected.hasPrefix("<html><body><p>&lt;/body&gt;</p><script>"))
        #expect(injected.hasSuffix("</script>\n</body></html>\n"))
        #expect(injected.contains("var generation=7,"))
        #expect(injected.contains("\"/__reload\""))
    }

    @Test func pageWithoutBodyGetsTheScriptAppended() {
        let injected = LiveReload.inject(into: "<p>fragment</p>", generation: 1)
        #expect(injected.hasPrefix("<p>fragment</p><script>"))
    }

    @Test func replyCarriesGenerationAndProblemsOrNull() throws {
        #expect(String(decoding: LiveReload.Reply(generation: 3, problems: nil).json(), as: UTF8.self) == #"{"generation":3,"problems":null}"#)
        let reply = try JSONSerialization.jsonObject(with: LiveReload.Reply(generation: 4, problems: "a\n<b>").json()) as? [String: Any]
        #expect(reply?["problems"] as? String == "a\n<b>")
    }
}
