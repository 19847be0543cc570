/// Renders one cell: its highlighted code with a copy button, then its outputs, styled by how
/// it came out. Hidden cells render to nothing.
struct CellRenderer {
    var notebook: Notebook

    func render(_ cell: Cell, _ result: CellResult?) -> HTML {
        guard !cell.options.hidden else { return .empty }
        let status = result?.status ?? .notRun
        var classes = ["cell", "cell-\(status.rawValue)"]
        if cell.options.expectation != .success { classes.append("cell-expects-error") }
        let code = HTML.element("div", ["class": "cell-code"], [
            .element("button", ["class": "copy", "type": "button", "aria-label": "Copy code"], text: "Copy"),
            .element("pre", [:], [.element("code", ["class": "language-swift"], [SwiftHighlighter.highlight(cell.source)])]),
        ])
        var parts = [code]
        if let label = label(for: cell, status) { parts.insert(.element("div", ["class": "cell-label"], text: label), at: 0) }
        let outputs = outputs(cell, result)
        if !outputs.isEmpty {
            let block = HTML.element("div", ["class": "cell-outputs"], outputs)
            // Outputs that differ per run are fenced by comments the drift check skips.
            parts.append(cell.options.varies ? .raw(Self.variesStart) + block + .raw(Self.variesEnd) : block)
        }
        return .element("div", ["class": classes.joined(separator: " "), "id": "cell-\(cell.index + 1)"], parts)
    }

    static let variesStart = "<!--varies-->"
    static let variesEnd = "<!--/varies-->"

    private func label(for cell: Cell, _ status: CellStatus) -> String? {
        switch (status, cell.options.expectation) {
        case (.expectedFailure, .runtimeError): "Expected runtime error"
        case (.expectedFailure, .compileError): "Expected compile error"
        case (.failed, _): "This cell failed"
        case (.skipped, _): "Not run"
        case (.notRun, _): "Not run: an earlier cell failed"
        default: nil
        }
    }

    private func outputs(_ cell: Cell, _ result: CellResult?) -> [HTML] {
        guard let result else { return [] }
        var parts: [HTML] = []
        for output in result.outputs where !(cell.options.noOutput && output.kind != .error) {
            switch (output.kind, output.mime) {
            case (.display, "text/html"): parts.append(.element("div", ["class": "output output-html"], [.raw(output.data)]))
            case (.display, "image/svg+xml"): parts.append(.element("div", ["class": "output output-svg"], [.raw(output.data)]))
            default:
                parts.append(.element("pre", ["class": "output output-\(output.kind.rawValue)"], text: output.data))
            }
        }
        if result.status == .failed {
            let text = result.diagnostics.filter { $0.severity == .error }.map { diagnostic in
                let location = diagnostic.location.map { "line \($0.line)" + ($0.column > 1 ? ", column \($0.column)" : "") + ": " } ?? ""
                return location + diagnostic.message
            }.joined(separator: "\n")
            parts.append(.element("pre", ["class": "output output-error"], text: text))
        }
        return parts
    }
}
