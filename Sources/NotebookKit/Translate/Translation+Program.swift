extension Translation {
    /// The lesson as it runs: `source` with its translations' inline expressions added after its
    /// own (numbered on from them, each located in its translation's file). Cells run once;
    /// each inline expression is evaluated after the cells before it, the source's first.
    static func program(for source: Notebook, with translations: [Translation]) -> Notebook {
        var program = source
        for translation in translations {
            let offset = program.inlines.count
            program.inlines += translation.notebook.inlines.map { inline in
                var inline = inline
                inline.index += offset
                inline.file = translation.notebook.path
                return inline
            }
        }
        return program
    }

    /// The source's share of a result of `program(for:with:)`: every cell, its own inline expressions.
    static func sourceResult(_ result: NotebookResult, source: Notebook) -> NotebookResult {
        share(of: result, for: source, inlines: 0..<source.inlines.count)
    }

    /// The translation's share of a result of `program(for:with:)`: every cell, and its own
    /// inline expressions numbered from 0 again.
    func result(from result: NotebookResult) -> NotebookResult {
        let first = result.notebook.inlines.first { $0.file == notebook.path }?.index ?? 0
        return Self.share(of: result, for: notebook, inlines: first..<(first + notebook.inlines.count))
    }

    private static func share(of result: NotebookResult, for notebook: Notebook, inlines: Range<Int>) -> NotebookResult {
        var share = result
        share.notebook = notebook
        share.inlines = result.inlines.filter { inlines.contains($0.index) }.map { inline in
            var inline = inline
            inline.index -= inlines.lowerBound
            return inline
        }
        return share
    }
}
