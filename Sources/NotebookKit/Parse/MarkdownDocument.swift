/// A parsed CommonMark document as Swift values: its top-level blocks in document order, each
/// with its source lines (cmark parses with source positions, through ``CMarkBridge``).
///
/// cmark is the only Markdown parser in the project and stays private to `Parse/`: the parse
/// stage reads block kinds and lines from here; the render stage asks for the blocks' HTML,
/// rendered by cmark within the whole document so links defined by reference anywhere resolve
/// everywhere.
public struct MarkdownDocument: Hashable, Sendable {
    /// A top-level block with its HTML as cmark renders it.
    public struct RenderedBlock: Hashable, Sendable {
        public var block: MarkdownBlock
        /// The block as HTML. Raw HTML written by the author passes through (authors are
        /// trusted, as in mdBook); cell outputs never come here.
        public var html: String
        /// The HTML of the block's inline content only (a heading's content without its tags).
        public var contentHTML: String
    }

    /// The top-level blocks in document order.
    public var blocks: [MarkdownBlock]

    /// Parses `text`. Lines keep their numbers: callers blank out front matter rather than cut it.
    public init(_ text: String) {
        blocks = CMarkBridge.mapTopLevel(text, CMarkBridge.block)
    }

    /// Parses `text` and renders each top-level block to HTML.
    ///
    /// - Parameter inlineValues: the values of the document's `` `{swift} …` `` code spans, by
    ///   their number in document order (see ``InlineExpression``); each one known is rendered
    ///   as its text (escaped like all prose) in a `<span class="computed">`, and is what the
    ///   blocks' plain text holds.
    public static func rendered(_ text: String, inlineValues: [Int: String] = [:]) -> [RenderedBlock] {
        var counter = 0
        return CMarkBridge.mapTopLevel(text) { node in
            CMarkBridge.substituteInlineSwift(in: node, values: inlineValues, counter: &counter)
            return RenderedBlock(block: CMarkBridge.block(node), html: CMarkBridge.html(node), contentHTML: CMarkBridge.contentHTML(node))
        }
    }
}
