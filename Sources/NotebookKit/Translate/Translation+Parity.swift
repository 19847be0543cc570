extension Translation {
    /// What keeps the translation from being its source's: a front matter key the source has
    /// and it lacks (or the other way round), an `order` or `timeout` that differs, and any
    /// difference in the cells (count, code, options, order). Each is an error on the
    /// translation with a note on the source.
    func parityProblems() -> [Diagnostic] {
        frontMatterProblems() + cellProblems()
    }

    private func frontMatterProblems() -> [Diagnostic] {
        let ours = notebook.frontMatter, theirs = source.frontMatter
        var problems: [Diagnostic] = []
        func check(_ key: String, same: Bool, translated: Bool) {
            guard !same else { return }
            let message = if ours.keyLines[key] == nil { "the source has '\(key)' and this translation does not" + (translated ? "; translate it" : "") }
                else if theirs.keyLines[key] == nil { "this translation has '\(key)' and its source does not" }
                else { "'\(key)' must be the source's" }
            problems.append(.error(message, at: at(notebook, line: ours.keyLines[key] ?? ours.range?.startLine ?? 1),
                                   notes: [.init("the source's front matter", at: at(source, line: theirs.keyLines[key] ?? theirs.range?.startLine ?? 1))]))
        }
        check("title", same: (ours.title == nil) == (theirs.title == nil), translated: true)
        check("summary", same: (ours.summary == nil) == (theirs.summary == nil), translated: true)
        check("order", same: ours.order == theirs.order, translated: false)
        check("timeout", same: ours.timeout == theirs.timeout, translated: false)
        return problems
    }

    private func cellProblems() -> [Diagnostic] {
        let ours = notebook.cells, theirs = source.cells
        var problems: [Diagnostic] = []
        for (mine, original) in zip(ours, theirs) {
            let what = [mine.source == original.source ? nil : "code", mine.options.words == original.options.words ? nil : "options"].compactMap { $0 }
            guard !what.isEmpty else { continue }
            problems.append(.error("cell \(mine.index + 1) differs from the source's in its \(what.joined(separator: " and "))",
                                   at: at(notebook, line: mine.range.startLine),
                                   notes: [.init("the source's cell \(original.index + 1); a translation holds its source's cells unchanged ('notebook translations --sync-cells' copies them)", at: at(source, line: original.range.startLine))]))
        }
        if ours.count != theirs.count {
            let extra = ours.count > theirs.count ? ours[theirs.count].range.startLine : max(1, notebook.lines.count)
            let missing = ours.count < theirs.count ? theirs[ours.count].range.startLine : max(1, source.lines.count)
            problems.append(.error("this translation has \(ours.count) cells and its source \(theirs.count)",
                                   at: at(notebook, line: extra),
                                   notes: [.init(ours.count < theirs.count ? "the first cell it lacks" : "the source ends here", at: at(source, line: missing))]))
        }
        return problems
    }

    private func at(_ notebook: Notebook, line: Int) -> SourceLocation {
        SourceLocation(file: notebook.path, line: line)
    }
}
