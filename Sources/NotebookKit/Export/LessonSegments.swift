/// A lesson cut at its cells: the prose source between cells (front matter left out, blank
/// lines at either end trimmed, empty stretches dropped) alternating with the cells.
struct LessonSegments {
    enum Segment: Hashable {
        case prose([String])
        case cell(Cell)
    }

    var segments: [Segment] = []

    init(_ notebook: Notebook) {
        var next = (notebook.frontMatter.range?.endLine ?? 0) + 1
        for cell in notebook.cells {
            appendProse(notebook, from: next, to: cell.range.startLine - 1)
            segments.append(.cell(cell))
            next = cell.range.endLine + 1
        }
        appendProse(notebook, from: next, to: notebook.lines.count)
    }

    private mutating func appendProse(_ notebook: Notebook, from start: Int, to end: Int) {
        guard start <= end else { return }
        var lines = notebook.lines[(start - 1)..<end]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        if !lines.isEmpty { segments.append(.prose(Array(lines))) }
    }
}
