/// What a reader sees under a cell, in order, whatever the medium: the site's page, the
/// Jupyter export and the Markdown export all show the same things. This is the one place
/// that decides it: results keep every output a cell produced (the transcript shows them all).
///
/// Hidden cells show nothing; `no-output` cells show only their errors; a cell that failed
/// shows its error diagnostics after its outputs.
struct ShownOutputs {
    enum Item: Hashable {
        /// A stream's text, a display or an expected error, as the cell produced it.
        case output(CellOutput)
        /// Why the cell failed: its error diagnostics.
        case failure([Diagnostic])
    }

    var items: [Item]

    init(_ cell: Cell, _ result: CellResult?) {
        guard !cell.options.hidden, let result else {
            items = []
            return
        }
        items = result.outputs.filter { !(cell.options.noOutput && $0.kind != .error) }.map(Item.output)
        if result.status == .failed {
            items.append(.failure(result.diagnostics.filter { $0.severity == .error }))
        }
    }

    /// A failure as readers see it: `line 8, column 5: message`, one diagnostic a line (the
    /// file is the lesson itself, so it is left out).
    static func text(of diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let location = diagnostic.location.map { "line \($0.line)" + ($0.column > 1 ? ", column \($0.column)" : "") + ": " } ?? ""
            return location + diagnostic.message
        }.joined(separator: "\n")
    }
}
