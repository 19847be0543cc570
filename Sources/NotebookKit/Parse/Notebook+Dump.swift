import Foundation

extension Notebook {
    /// A stable, line-per-node text form of the tree, for tests to compare against:
    ///
    /// ```text
    /// notebook Notebooks/demo.md title="Demo"
    ///   front-matter 1-4 title="Demo" summary="A demo." order=1
    ///   heading 5-5 level=1 "Demo"
    ///   paragraph 7-7
    ///   cell 0 9-12 code-from=10 options=[hidden]
    /// ```
    public func dump() -> String {
        var lines = ["notebook \(path) title=\(quoted(title))"]
        if let range = frontMatter.range {
            var fields = ["front-matter \(range)"]
            if let title = frontMatter.title { fields.append("title=\(quoted(title))") }
            if let summary = frontMatter.summary { fields.append("summary=\(quoted(summary))") }
            if let order = frontMatter.order { fields.append("order=\(order)") }
            if let timeout = frontMatter.timeout { fields.append("timeout=\(timeout)") }
            lines.append("  " + fields.joined(separator: " "))
        }
        for block in blocks {
            switch block {
            case .prose(let prose):
                let kind: String = switch prose.kind {
                case .heading(let level, let text): "heading \(prose.range) level=\(level) \(quoted(text))"
                case .paragraph: "paragraph \(prose.range)"
                case .list: "list \(prose.range)"
                case .blockQuote: "block-quote \(prose.range)"
                case .thematicBreak: "thematic-break \(prose.range)"
                case .html: "html \(prose.range)"
                case .code(let info): "code \(prose.range) info=\(quoted(info))"
                }
                lines.append("  " + kind)
            case .cell(let cell):
                let source = cell.source.split(separator: "\n", omittingEmptySubsequences: false).map { "    | " + $0 }
                lines.append("  cell \(cell.index) \(cell.range) code-from=\(cell.firstCodeLine) options=[\(cell.options.words.joined(separator: ","))]")
                lines += source
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
