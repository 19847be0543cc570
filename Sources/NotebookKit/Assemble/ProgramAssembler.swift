import SwiftParser
import SwiftSyntax

/// Assembles a lesson's cells into one Swift program (the "assemble" step).
///
/// The cells become top-level code in order, so what one cell declares later cells use. Before
/// each cell a `#sourceLocation` points the compiler and the runtime at the `.md` file, and a
/// call marks the cell boundary for the executor. Expected-error cells run in a forked child so
/// their failure cannot end the program, in a closure the child runs on a thread of its own; no-run cells are compiled inside a branch never taken;
/// expected-compile-error cells are left out (they are checked in programs of their own).
public struct ProgramAssembler: Sendable {
    /// The module the generated glue calls into.
    static let runtime = "NotebookRuntime.ProgramRuntime"
    static let showPrefix = "\(runtime).show("

    public init() {}

    /// The main program: every cell except expected-compile-error ones.
    public func program(for notebook: Notebook) -> Program {
        program(for: notebook, cells: notebook.cells.filter { $0.options.expectation != .compileError }, inlines: notebook.inlines)
    }

    /// A program for checking one expected-compile-error cell: the cells before it (other
    /// expected-compile-error cells left out), then it.
    public func compileCheckProgram(for notebook: Notebook, cell: Cell) -> Program {
        let before = notebook.cells.prefix(cell.index).filter { $0.options.expectation != .compileError }
        return program(for: notebook, cells: before + [cell], inlines: [])
    }

    func program(for notebook: Notebook, cells: [Cell], inlines: [InlineExpression]) -> Program {
        var lines = ["import NotebookRuntime", "\(Self.runtime).start()"]
        var insertions: [Program.Insertion] = []
        // The first line of the cell each generated line is nearest to: glue before a cell's code belongs to the
        // cell before it (an unbalanced brace there is what the glue trips over).
        var owners: [Int?] = []
        func own(_ cell: Int?) { owners += Array(repeating: cell, count: lines.count - owners.count) }
        // In the order they run: after the cells before them, a lesson's own before its translations'.
        var pending = inlines.sorted { ($0.cellsBefore, $0.index) < ($1.cellsBefore, $1.index) }[...]
        func evaluateInlines(before cell: Int) {
            while let inline = pending.first, inline.cellsBefore <= cell {
                lines.append(Self.evaluation(of: inline, in: inline.path(in: notebook.path)))
                own(inline.line)
                pending.removeFirst()
            }
        }
        // Where the last cell left the program: in glue, or in located code, maybe inside a
        // `do {` still open (see `located(_:of:groups:path:)`), which the glue after it joins.
        var state = Tail.glue
        func finishCell(then glue: String? = nil) {
            if state != .glue { lines.append("#sourceLocation()") }
            if let glue { lines.append(glue) }
            if state == .inGroup { lines.append("}") }
            state = .glue
        }
        for (position, cell) in cells.enumerated() {
            let marker = "\(Self.runtime).begin(cell: \(cell.index))"
            let before = position > 0 ? cells[position - 1].range.startLine : cell.range.startLine
            let syntax = Parser.parse(source: cell.source)  // once, for both uses below
            let (code, insertion) = shown(cell, syntax)
            if let insertion { insertions.append(insertion) }
            let (body, tail) = Self.body(code, of: cell, syntax: syntax, path: notebook.path)
            if state == .inGroup, !(pending.first.map { $0.cellsBefore <= cell.index } ?? false) {
                finishCell(then: marker)  // the marker joins the open `do` of the cell before
                own(before)
                lines += body
            } else {
                finishCell()
                own(before)
                evaluateInlines(before: cell.index)
                // The marker joins the cell's own first `do`, or stands alone.
                lines += body.first == "do {" ? ["do {", marker] : [marker]
                own(before)
                lines += body.first == "do {" ? body.dropFirst() : body[...]
            }
            state = tail
            own(cell.range.startLine)
        }
        if pending.isEmpty {
            finishCell(then: "\(Self.runtime).done()")
        } else {
            finishCell()
            own(cells.last?.range.startLine)
            evaluateInlines(before: Int.max)
            lines.append("\(Self.runtime).done()")
        }
        own(cells.last?.range.startLine)
        let cellLines = zip(lines, owners).flatMap { line, owner in Array(repeating: owner, count: line.count { $0 == "\n" } + 1) }
        return Program(source: lines.joined(separator: "\n") + "\n", cellIndices: cells.map(\.index), insertions: insertions, cellLines: cellLines,
                       otherFiles: Set(inlines.compactMap(\.file)))
    }

    /// Where the program stands after a cell: in glue, in located code, or in located code
    /// inside an open `do {`.
    enum Tail { case glue, located, inGroup }

    /// The cell's code with its last bare expression wrapped in a call that shows it.
    func shown(_ cell: Cell, _ syntax: SourceFileSyntax) -> (String, Program.Insertion?) {
        guard let last = LastExpression.find(in: syntax) else { return (cell.source, nil) }
        let bytes = Array(cell.source.utf8)
        let before = bytes[..<last.start]
        let line = cell.firstCodeLine + before.count { $0 == 0x0A }
        let column = before.count - ((before.lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0) + 1
        let code = String(decoding: before, as: UTF8.self) + Self.showPrefix
            + String(decoding: bytes[last.start..<last.end], as: UTF8.self) + ")"
            + String(decoding: bytes[last.end...], as: UTF8.self)
        return (code, Program.Insertion(line: line, column: column, length: Self.showPrefix.utf8.count))
    }

    /// A cell's code with the glue around it: expected-failure cells in a forked child,
    /// no-run cells in a branch never taken, the others located (see `located(_:of:groups:path:)`).
    /// - Returns: the lines, and where they leave the program.
    static func body(_ code: String, of cell: Cell, syntax: SourceFileSyntax, path: String) -> (lines: [String], tail: Tail) {
        let start = sourceLocation(path, cell.firstCodeLine)
        if cell.options.expectation == .runtimeError {
            return (["if \(runtime).forkExpectedFailure(cell: \(cell.index)) { \(runtime).runExpectedFailure { do {",
                     start, code, "#sourceLocation()", "} } }"], .glue)
        }
        if cell.options.noRun {
            return (["if \(runtime).never() {", start, code, "#sourceLocation()", "}"], .glue)
        }
        let located = located(code, of: cell, groups: StatementGroups.find(in: syntax), path: path)
        return (located.lines, located.endsInGroup ? .inGroup : .located)
    }

    /// A normal cell's code at its lesson lines, with each run of statements in a `do { }`
    /// block (see `StatementGroups`) and re-located after every line the assembler adds. The
    /// expected-failure and no-run cells are wrapped whole instead.
    /// - Returns: the lines, and whether they end inside a `do {` left open for the glue after
    ///   the cell (the caller closes it, after a `#sourceLocation()`).
    static func located(_ code: String, of cell: Cell, groups: [Range<Int>], path: String) -> (lines: [String], endsInGroup: Bool) {
        let source = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var segments: [(lines: Range<Int>, grouped: Bool)] = []
        var next = 0
        for group in groups where group.upperBound <= source.count {
            if next < group.lowerBound { segments.append((next..<group.lowerBound, false)) }
            segments.append((group, true))
            next = group.upperBound
        }
        if next < source.count || segments.isEmpty { segments.append((next..<source.count, false)) }
        var lines: [String] = []
        for (position, segment) in segments.enumerated() {
            let at = sourceLocation(path, cell.firstCodeLine + segment.lines.lowerBound)
            lines += segment.grouped ? ["do {", at] : [at]
            lines += source[segment.lines]
            if segment.grouped, position < segments.count - 1 { lines.append("}") }
        }
        return (lines, segments.last?.grouped ?? false)
    }

    /// The glue that evaluates an inline expression: its code on a line of its own, at the
    /// line and column where the author wrote it, so diagnostics point into the prose.
    static func evaluation(of inline: InlineExpression, in path: String) -> String {
        [
            "try \(runtime).inline(\(inline.index)) {",
            sourceLocation(path, inline.line),
            String(repeating: " ", count: inline.column - 1) + inline.code,
            "#sourceLocation()",
            "}",
        ].joined(separator: "\n")
    }

    static func sourceLocation(_ path: String, _ line: Int) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            default: escaped.append(character)
            }
        }
        return "#sourceLocation(file: \"\(escaped)\", line: \(line))"
    }
}
