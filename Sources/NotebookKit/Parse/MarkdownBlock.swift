/// A block of a Markdown document, copied out of cmark's tree into Swift values: it owns its
/// text and children, so it outlives the parse and crosses threads freely.
public struct MarkdownBlock: Hashable, Sendable {
    /// What kind of block it is (cmark's block node types).
    public enum Kind: Hashable, Sendable {
        case heading(level: Int)
        case paragraph, list, item, blockQuote, thematicBreak
        /// Raw HTML written by the author.
        case html
        /// A fenced or indented code block with its info string (empty when none).
        case code(info: String)
        /// A block type cmark may add later.
        case other
    }

    public var kind: Kind
    /// The lines of the source the block covers.
    public var range: SourceRange
    /// A code or HTML block's literal text; a paragraph's or heading's inline content as plain
    /// text (code spans included, breaks as spaces); empty for containers.
    public var text: String
    /// The blocks inside a list, item or block quote.
    public var children: [MarkdownBlock]
    /// A paragraph's or heading's `` `{swift} …` `` code spans, in document order.
    public var inlineCode: [InlineCode] = []

    /// A code span's text (as cmark reads it) and the line it starts on.
    public struct InlineCode: Hashable, Sendable {
        public var text: String
        public var line: Int
    }

    public init(kind: Kind, range: SourceRange, text: String = "", children: [MarkdownBlock] = []) {
        self.kind = kind
        self.range = range
        self.text = text
        self.children = children
    }

    /// Visits the block and every block below it, depth first, in document order.
    public func walk(_ visit: (MarkdownBlock) throws -> Void) rethrows {
        try visit(self)
        for child in children { try child.walk(visit) }
    }

    /// All text in and below the block, blocks separated by spaces (for the search index).
    public var plainTextDeep: String {
        switch kind {
        case .code, .html, .paragraph, .heading: text
        default: children.map(\.plainTextDeep).joined(separator: " ")
        }
    }
}
