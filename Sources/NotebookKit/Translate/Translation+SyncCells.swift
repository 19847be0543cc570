extension Translation {
    /// The translation's text with every cell replaced by its source's, fences and options
    /// included, so that an author who changed code in the source does not retype it; the prose
    /// is left as it is. Cells pair by position, so the counts must agree: a cell added to or
    /// removed from the source is placed in the translation by hand (where it goes among the
    /// translated prose is the translator's call).
    ///
    /// - Throws: `DiagnosticError` on the translation (a note on the source) when the counts differ.
    public func cellsSynced() throws(DiagnosticError) -> String {
        let ours = notebook.cells, theirs = source.cells
        guard ours.count == theirs.count else {
            throw DiagnosticError(.error(
                "this translation has \(ours.count) cells and its source \(theirs.count): add or remove the cell here by hand, then sync",
                at: SourceLocation(file: notebook.path, line: ours.last?.range.startLine ?? 1),
                notes: [.init("the source's cells", at: SourceLocation(file: source.path, line: theirs.first?.range.startLine ?? 1))]))
        }
        var lines = notebook.lines
        for (mine, original) in zip(ours, theirs).reversed() {
            let copied = (original.range.startLine...original.range.endLine).compactMap { source.line($0) }
            lines.replaceSubrange((mine.range.startLine - 1)..<mine.range.endLine, with: copied)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many cells differ from the source's (code or options).
    public var cellsOutOfSync: Int {
        zip(notebook.cells, source.cells).filter { $0.source != $1.source || $0.options.words != $1.options.words }.count
            + abs(notebook.cells.count - source.cells.count)
    }

    /// Writes `cellsSynced()` over the translation's file.
    public func syncCells() throws(DiagnosticError) {
        let text = try cellsSynced()
        do { try FileSystem.write(text, to: notebook.path) } catch {
            throw DiagnosticError(.error("cannot write \(notebook.path): \(error)"))
        }
    }

    /// The translations of `sources` under `folder` as they are, cells matching or not (for
    /// `syncCells`); parse errors and translations with no lesson still throw.
    public static func findForSync(in folder: String, for sources: [Notebook]) throws(DiagnosticError) -> [Translation] {
        let (translations, diagnostics) = discover(in: folder, for: sources, checkingParity: false)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        return translations
    }
}
