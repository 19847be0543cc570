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
        for cell in result.cells {
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
        }
        out.append(summary(result))
        return out.joined(separator: "\n") + "\n"
    }

    /// The closing line: `passed: 3 ok, 1 expected-failure in 0.42 s`.
    public func summary(_ result: NotebookResult) -> String {
        let counts = Dictionary(grouping: result.cells, by: \.status).mapValues(\.count)
        let summary = [CellStatus.ok, .expectedFailure, .failed, .notRun, .skipped].compactMap { status in
            counts[status].map { "\($0) \(status.rawValue)" }
        }.joined(separator: ", ")
        return (result.passed ? "passed" : paint("FAILED", "31")) + ": \(summary.isEmpty ? "no cells" : summary) in \(Format.seconds(result.seconds))"
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
