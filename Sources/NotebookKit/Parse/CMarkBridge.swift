#if canImport(Glibc)
import Glibc
#endif
internal import CMark

/// The one place that touches cmark: parses a document, copies what the runner needs into
/// Swift values and frees the tree. No cmark pointer outlives ``mapTopLevel(_:_:)``.
enum CMarkBridge {
    /// Parses `text` with source positions, maps the document's top-level nodes with
    /// `transform` and frees the tree.
    static func mapTopLevel<T>(_ text: String, _ transform: (OpaquePointer) -> T) -> [T] {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        guard let root = text.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return [] }
        defer { cmark_node_free(root) }
        return children(of: root).map(transform)
    }

    /// The children of `node` in order.
    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let next = child {
            nodes.append(next)
            child = cmark_node_next(next)
        }
        return nodes
    }

    /// The block at `node` and the blocks below it, as Swift values.
    static func block(_ node: OpaquePointer) -> MarkdownBlock {
        let range = SourceRange(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_end_line(node)))
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return inlineBlock(.heading(level: Int(cmark_node_get_heading_level(node))), node, range)
        case CMARK_NODE_PARAGRAPH: return inlineBlock(.paragraph, node, range)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return MarkdownBlock(kind: .code(info: info), range: range, text: literal)
        case CMARK_NODE_HTML_BLOCK: return MarkdownBlock(kind: .html, range: range, text: literal)
        case CMARK_NODE_THEMATIC_BREAK: return MarkdownBlock(kind: .thematicBreak, range: range)
        case CMARK_NODE_LIST: return container(.list, node, range)
        case CMARK_NODE_ITEM: return container(.item, node, range)
        case CMARK_NODE_BLOCK_QUOTE: return container(.blockQuote, node, range)
        default: return container(.other, node, range)
        }
    }

    private static func inlineBlock(_ kind: MarkdownBlock.Kind, _ node: OpaquePointer, _ range: SourceRange) -> MarkdownBlock {
        var block = MarkdownBlock(kind: kind, range: range, text: inlineText(node))
        block.inlineCode = inlineSwift(in: node).map { code in
            MarkdownBlock.InlineCode(text: literal(code), line: Int(cmark_node_get_start_line(code)))
        }
        return block
    }

    private static func container(_ kind: MarkdownBlock.Kind, _ node: OpaquePointer, _ range: SourceRange) -> MarkdownBlock {
        MarkdownBlock(kind: kind, range: range, children: children(of: node).map(block))
    }

    /// The `` `{swift} …` `` code spans in and below `node`, in document order.
    static func inlineSwift(in node: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(node) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let code = cmark_iter_get_node(iterator),
                  cmark_node_get_type(code) == CMARK_NODE_CODE, InlineExpression.isInline(literal(code)) else { continue }
            found.append(code)
        }
        return found
    }

    /// Replaces the `` `{swift} …` `` code spans below `node` whose value `values` knows (by
    /// their number in the document, counted on from `counter`) with that value as text, in a
    /// `<span class="computed">`; a span without a value stays code.
    static func substituteInlineSwift(in node: OpaquePointer, values: [Int: String], counter: inout Int) {
        for code in inlineSwift(in: node) {
            defer { counter += 1 }
            guard let value = values[counter], let span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE),
                  let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_on_enter(span, "<span class=\"computed\">")
            cmark_node_set_on_exit(span, "</span>")
            cmark_node_set_literal(text, value)
            cmark_node_append_child(span, text)
            cmark_node_replace(code, span)
            cmark_node_free(code)
        }
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The plain text of the node's inline content: text and code spans, breaks as spaces.
    private static func inlineText(_ node: OpaquePointer) -> String {
        children(of: node).map { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: " "
            default: inlineText(child)
            }
        }.joined()
    }

    /// The node as HTML (raw HTML passes through).
    static func html(_ node: OpaquePointer) -> String {
        guard let raw = cmark_render_html(node, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// The HTML of the node's children only.
    static func contentHTML(_ node: OpaquePointer) -> String {
        children(of: node).map(html).joined()
    }
}
