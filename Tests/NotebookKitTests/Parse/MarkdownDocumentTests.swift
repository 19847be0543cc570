import Testing
@testable import NotebookKit

@Suite struct MarkdownDocumentTests {
    let text = "# Title `x`\n\nA [link][ref].\n\n- one\n- two\n\n~~~\nfenced\n~~~\n\n[ref]: https://example.com\n"

    @Test func copiesTheTreeWithLines() {
        let blocks = MarkdownDocument(text).blocks
        #expect(blocks.map(\.kind) == [.heading(level: 1), .paragraph, .list, .code(info: "")])
        #expect(blocks[0].text == "Title x")
        #expect(blocks[1].range == SourceRange(3, 3))
        #expect(blocks[2].children.map(\.kind) == [.item, .item])
        #expect(blocks[3].text == "fenced\n")
    }

    @Test func walksDepthFirst() {
        var kinds: [MarkdownBlock.Kind] = []
        MarkdownDocument("> - a\n").blocks[0].walk { kinds.append($0.kind) }
        #expect(kinds == [.blockQuote, .list, .item, .paragraph])
        #expect(MarkdownDocument("> - a\n> - b\n").blocks[0].plainTextDeep == "a b")
    }

    @Test func rendersReferenceLinksFromAnywhereInTheDocument() {
        let rendered = MarkdownDocument.rendered(text)
        #expect(rendered[1].html == "<p>A <a href=\"https://example.com\">link</a>.</p>\n")
        #expect(rendered[0].contentHTML == "Title <code>x</code>")
    }
}
