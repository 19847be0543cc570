/// A lesson with its outputs inline, for reading where Markdown renders (a code host, an
/// editor's preview): the file as written (inline expressions replaced by their values), and
/// after each cell what the site shows under it.
/// Text goes in ```` ```text ```` fences; HTML and SVG displays go in as HTML blocks.
public struct MarkdownExporter: Sendable {
    public init() {}

    public func export(_ result: NotebookResult) -> String {
        let notebook = result.notebook
        let results = Dictionary(uniqueKeysWithValues: result.cells.map { ($0.index, $0) })
        let afterCell = Dictionary(uniqueKeysWithValues: notebook.cells.map { ($0.range.endLine, $0) })
        var out: [String] = []
        for (offset, line) in result.proseLines.enumerated() {
            out.append(line)
            guard let cell = afterCell[offset + 1] else { continue }
            for item in ShownOutputs(cell, results[cell.index]).items {
                out.append("")
                out += block(item)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func block(_ item: ShownOutputs.Item) -> [String] {
        switch item {
        case .output(let output) where output.kind == .display && output.mime != .plain:
            return html(output.data)
        case .output(let output):
            return fenced(output.data)
        case .failure(let diagnostics):
            return fenced("error: " + ShownOutputs.text(of: diagnostics))
        }
    }

    /// A ```` ```text ```` fence longer than any run of backticks in `text`.
    func fenced(_ text: String) -> [String] {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return [fence + "text"] + body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [fence]
    }

    /// An HTML block: a `<div>` around the markup, blank lines removed (a blank line would
    /// end the block and turn the rest into Markdown).
    func html(_ markup: String) -> [String] {
        let lines = markup.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map(String.init)
        return ["<div class=\"output\">"] + lines + ["</div>"]
    }
}
