import NotebookRuntime
import Testing
@testable import NotebookKit

@Suite struct OutputCollectorTests {
    func marker(_ m: Wire.Marker) -> String { "\u{1E}" + m.encoded(nonce: "z") + "\n" }

    @Test func attributesStreamsToCells() {
        var collector = OutputCollector(nonce: "z", clock: { 0 })
        collector.feed(.stdout, Array((marker(.begin(cell: 0)) + "one\n" + marker(.begin(cell: 1)) + "two\n").utf8)[...])
        collector.feed(.stderr, Array((marker(.begin(cell: 0)) + marker(.begin(cell: 1)) + "warn\n").utf8)[...])
        collector.finish()
        #expect(collector.outputs(of: 0) == [CellOutput(kind: .stdout, data: "one\n")])
        #expect(collector.outputs(of: 1) == [CellOutput(kind: .stdout, data: "two\n"), CellOutput(kind: .stderr, data: "warn\n")])
        #expect(collector.begun == [0, 1])
    }

    @Test func capsOutputAndSaysHowMuchWasDropped() {
        var collector = OutputCollector(nonce: "z", cap: 10, clock: { 0 })
        collector.feed(.stdout, Array((marker(.begin(cell: 0)) + String(repeating: "x", count: 25)).utf8)[...])
        collector.feed(.stdout, Array((marker(.begin(cell: 1)) + "next").utf8)[...])
        collector.finish()
        let outputs = collector.outputs(of: 0)
        #expect(outputs.first?.data == String(repeating: "x", count: 10))
        #expect(outputs.last?.data.contains("15 more bytes not shown") == true)
        #expect(collector.outputs(of: 1).first?.data == "next")
    }
}
