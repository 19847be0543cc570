/// The readable terminal transcript of a run: each cell's number, `.md` line, status and
/// outputs, then its diagnostics with the offending `.md` line and a caret.
public struct Transcript: Sendable {
    public var colors: Bool

    public init(colors: Bool) { self.colors = colors }

    public func format(_ result: NotebookResult) -> String {
        let notebook = result.notebook
        let formatter = DiagnosticFormatter(colors: colors) { _, line in notebook.line(line) }
        var out = [bold("== \(notebook.path)") + (notebook.cells.isEmpty ? " (no cells)" : "")]
        for diagnostic in result.diagnostics { out.append(formatter.format(diagnostic)) }
        let inlines = Dictionary(uniqueKeysWithValues: notebook.inlines.map { ($0.index, $0) })
        var inlineResults = result.inlines[...]
        for cell in result.cells {
            while let inline = inlineResults.first, inline.line < cell.line {
                out += format(inline, inlines[inline.index], formatter)
                inlineResults.removeFirst()
            }
            out += format(cell, formatter)
        }
        for inline in inlineResults { out += format(inline, inlines[inline.index], formatter) }
        out.append(summary(result))
        return out.joined(separator: "\n") + "\n"
    }

    private func format(_ cell: CellResult, _ formatter: DiagnosticFormatter) -> [String] {
        var out: [String] = []
        let time = cell.seconds.map { " " + Format.seconds($0) } ?? ""
        out.append(bold("[\(cell.index + 1)] line \(cell.line)") + " " + status(cell.status) + dim(time))
        for output in cell.outputs {
            let text = output.data.hasSuffix("\n") ? String(output.data.dropLast()) : output.data
            switch output.kind {
            case .stdout, .error: out.append(indent(text))
            case .stderr: out.append(indent(dim(text)))
            case .display: out.append(indent(output.mime == .plain ? text : "<\(output.mime.rawValue), \(output.data.utf8.count) bytes>"))
            }
        }
        // An expected failure's error is already its output.
        if cell.status != .expectedFailure {
            for diagnostic in cell.diagnostics { out.append(formatter.format(diagnostic)) }
        }
        return out
    }

    /// An inline expression: its line, its code and its value, or why it has none.
    private func format(_ result: InlineResult, _ inline: InlineExpression?, _ formatter: DiagnosticFormatter) -> [String] {
        let code = inline.map { "`{swift} \($0.code)`" } ?? ""
        var out = [bold("[inline] line \(result.line)") + " " + status(result.status) + " " + code]
        if let value = result.value { out.append(indent(value)) }
        for diagnostic in result.diagnostics { out.append(formatter.format(diagnostic)) }
        return out
    }

    /// The closing line: `passed: 3 ok, 1 expected-failure in 0.42 s`.
    public func summary(_ result: NotebookResult) -> String {
        let counts = Dictionary(grouping: result.cells, by: \.status).mapValues(\.count)
        let summary = [CellStatus.ok, .expectedFailure, .failed, .notRun, .skipped].compactMap { status in
            counts[status].map { "\($0) \(status.rawValue)" }
        }.joined(separator: ", ")
            + inlineSummary(result)
        return (result.passed ? "passed" : paint("FAILED", "31")) + ": \(summary.isEmpty ? "no cells" : summary) in \(Format.seconds(result.seconds))"
    }

    /// `; inline: 4 ok, 1 failed` when the lesson has inline expressions.
    private func inlineSummary(_ result: NotebookResult) -> String {
        guard !result.inlines.isEmpty else { return "" }
        let counts = Dictionary(grouping: result.inlines, by: \.status).mapValues(\.count)
        return "; inline: " + [CellStatus.ok, .failed, .notRun].compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }.joined(separator: ", ")
    }

    private func status(_ status: CellStatus) -> String {
        switch status {
        case .ok: paint("ok", "32")
        case .failed: paint("failed", "31")
        case .expectedFailure: paint("expected failure", "33")
        case .notRun, .skipped: dim(status.rawValue)
        }
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    private func bold(_ text: String) -> String { paint(text, "1") }
    private func dim(_ text: String) -> String { paint(text, "2") }
    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
