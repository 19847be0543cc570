/// Renders one cell: its highlighted code with a copy button, then its outputs, styled by how
/// it came out. Hidden cells render to nothing.
struct CellRenderer {
    var notebook: Notebook
    var strings: SiteStrings = .english

    func render(_ cell: Cell, _ result: CellResult?) -> HTML {
        guard !cell.options.hidden else { return .empty }
        let status = result?.status ?? .notRun
        var classes = ["cell", "cell-\(status.rawValue)"]
        if cell.options.expectation != .success { classes.append("cell-expects-error") }
        let code = HTML.element("div", ["class": "cell-code"], [
            .element("button", ["class": "copy", "type": "button", "aria-label": strings.copyCode], text: strings.copy),
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
        case (.expectedFailure, .runtimeError): strings.expectedRuntimeError
        case (.expectedFailure, .compileError): strings.expectedCompileError
        case (.failed, _): strings.cellFailed
        case (.skipped, _): strings.notRun
        case (.notRun, _): strings.notRunAfterFailure
        default: nil
        }
    }

    private func outputs(_ cell: Cell, _ result: CellResult?) -> [HTML] {
        ShownOutputs(cell, result).items.map { item in
            switch item {
            case .output(let output):
                switch (output.kind, output.mime) {
                case (.display, .html): .element("div", ["class": "output output-html"], [.raw(output.data)])
                case (.display, .svg): .element("div", ["class": "output output-svg"], [.raw(output.data)])
                default: .element("pre", ["class": "output output-\(output.kind.rawValue)"], text: output.data)
                }
            case .failure(let diagnostics):
                .element("pre", ["class": "output output-error"], text: ShownOutputs.text(of: diagnostics))
            }
        }
    }
}
