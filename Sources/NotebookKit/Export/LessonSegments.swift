/// A lesson cut at its cells: the prose source between cells (front matter left out, blank
/// lines at either end trimmed, empty stretches dropped) alternating with the cells.
struct LessonSegments {
    enum Segment: Hashable {
        case prose([String])
        case cell(Cell)
    }

    var segments: [Segment] = []

    /// - Parameter lines: the prose's lines (the notebook's own by default, or with inline
    ///   values substituted).
    init(_ notebook: Notebook, lines: [String]? = nil) {
        let lines = lines ?? notebook.lines
        var next = (notebook.frontMatter.range?.endLine ?? 0) + 1
        for cell in notebook.cells {
            appendProse(lines, from: next, to: cell.range.startLine - 1)
            segments.append(.cell(cell))
            next = cell.range.endLine + 1
        }
        appendProse(lines, from: next, to: lines.count)
    }

    private mutating func appendProse(_ source: [String], from start: Int, to end: Int) {
        guard start <= end else { return }
        var lines = source[(start - 1)..<end]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        if !lines.isEmpty { segments.append(.prose(Array(lines))) }
    }
}
