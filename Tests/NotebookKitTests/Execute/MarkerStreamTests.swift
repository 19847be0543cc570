import NotebookRuntime
import Testing
@testable import NotebookKit

@Suite struct MarkerStreamTests {
    func events(_ chunks: [String], nonce: String = "n1") -> [MarkerStream.Event] {
        var stream = MarkerStream(nonce: nonce)
        var events: [MarkerStream.Event] = []
        for chunk in chunks { stream.feed(Array(chunk.utf8)[...]) { events.append($0) } }
        stream.finish { events.append($0) }
        return events
    }

    func text(_ events: [MarkerStream.Event]) -> String {
        events.compactMap { if case .text(let bytes) = $0 { String(decoding: bytes, as: UTF8.self) } else { nil } }.joined()
    }

    @Test func markersSplitAcrossChunks() {
        let all = events(["hello\n\u{1E}NB n", "1 begin 2\nafter"])
        #expect(all.contains(.marker(.begin(cell: 2))))
        #expect(text(all) == "hello\nafter")
    }

    @Test func displayPayloadIsTakenByLength() {
        let all = events(["\u{1E}NB n1 display text/html 5\n<b>x<", "/b>tail"])
        #expect(all.first == .marker(.display(mime: .html, length: 5)))
        let payload = all.compactMap { if case .payload(let bytes, _) = $0 { String(decoding: bytes, as: UTF8.self) } else { nil } }.joined()
        #expect(payload == "<b>x<")
        #expect(text(all) == "/b>tail")
    }

    @Test func foreignNonceAndStrayRecordSeparatorsAreText() {
        let all = events(["a\u{1E}NB other begin 1\nb", "\u{1E}no newline"])
        #expect(!all.contains { if case .marker = $0 { true } else { false } })
        #expect(text(all) == "a\u{1E}NB other begin 1\nb\u{1E}no newline")
    }
}
