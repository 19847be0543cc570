import CMark
#if canImport(Glibc)
import Glibc
#endif

/// The cmark bridge: a parsed CommonMark document whose top-level nodes carry source lines.
///
/// cmark is the only Markdown parser in the project. The parse stage reads the node kinds and
/// positions from here; the render stage asks the same nodes for their HTML, so links defined
/// by reference anywhere in the file resolve everywhere.
public final class MarkdownDocument {
    private let root: OpaquePointer

    /// Parses `text` with source positions. Lines keep their numbers: callers blank out front
    /// matter rather than cut it.
    public init(_ text: String) {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        root = text.withCString { cmark_parse_document($0, strlen($0), options) }
    }

    deinit { cmark_node_free(root) }

    /// A top-level node: enough to classify it and to render it.
    public struct Node {
        let pointer: OpaquePointer
        public var range: SourceRange {
            SourceRange(Int(cmark_node_get_start_line(pointer)), Int(cmark_node_get_end_line(pointer)))
        }
        public var type: cmark_node_type { cmark_node_get_type(pointer) }
        public var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }
        public var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

        /// The plain text of the node's inline content (for heading titles and anchors).
        public var plainText: String {
            var text = ""
            var child = cmark_node_first_child(pointer)
            while let node = child {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    text += Node(pointer: node).plainText
                }
                child = cmark_node_next(node)
            }
            return text
        }

        /// All text below the node, blocks separated by spaces (for the search index).
        public var plainTextDeep: String {
            switch type {
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK: return literal ?? ""
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: return plainText
            default:
                var parts: [String] = []
                var child = cmark_node_first_child(pointer)
                while let node = child {
                    parts.append(Node(pointer: node).plainTextDeep)
                    child = cmark_node_next(node)
                }
                return parts.joined(separator: " ")
            }
        }

        /// The node as HTML. Raw HTML written by the author passes through (authors are trusted,
        /// as in mdBook); cell outputs never come here.
        public func html() -> String {
            guard let raw = cmark_render_html(pointer, CMARK_OPT_UNSAFE) else { return "" }
            defer { free(raw) }
            return String(cString: raw)
        }

        /// The HTML of the node's inline children only (a heading's content without its tags).
        public func innerHTML() -> String {
            var html = ""
            var child = cmark_node_first_child(pointer)
            while let node = child {
                html += Node(pointer: node).html()
                child = cmark_node_next(node)
            }
            return html
        }
    }

    /// The top-level blocks in document order.
    public var blocks: [Node] {
        var nodes: [Node] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            nodes.append(Node(pointer: node))
            child = cmark_node_next(node)
        }
        return nodes
    }
}
