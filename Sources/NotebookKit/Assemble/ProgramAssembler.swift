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
        for (position, cell) in cells.enumerated() {
            evaluateInlines(before: cell.index)
            lines.append("\(Self.runtime).begin(cell: \(cell.index))")
            own(position > 0 ? cells[position - 1].range.startLine : cell.range.startLine)
            let (code, insertion) = shown(cell)
            if let insertion { insertions.append(insertion) }
            let located = [Self.sourceLocation(notebook.path, cell.firstCodeLine), code, "#sourceLocation()"]
            if cell.options.expectation == .runtimeError {
                lines.append("if \(Self.runtime).forkExpectedFailure(cell: \(cell.index)) { \(Self.runtime).runExpectedFailure { do {")
                lines += located
                lines.append("} } }")
            } else if cell.options.noRun {
                lines.append("if \(Self.runtime).never() {")
                lines += located
                lines.append("}")
            } else {
                lines += located
            }
            own(cell.range.startLine)
        }
        evaluateInlines(before: Int.max)
        lines.append("\(Self.runtime).done()")
        own(cells.last?.range.startLine)
        let cellLines = zip(lines, owners).flatMap { line, owner in Array(repeating: owner, count: line.count { $0 == "\n" } + 1) }
        return Program(source: lines.joined(separator: "\n") + "\n", cellIndices: cells.map(\.index), insertions: insertions, cellLines: cellLines,
                       otherFiles: Set(inlines.compactMap(\.file)))
    }

    /// The cell's code with its last bare expression wrapped in a call that shows it.
    func shown(_ cell: Cell) -> (String, Program.Insertion?) {
        guard let last = LastExpression.find(in: cell.source) else { return (cell.source, nil) }
        let bytes = Array(cell.source.utf8)
        let before = bytes[..<last.start]
        let line = cell.firstCodeLine + before.count { $0 == 0x0A }
        let column = before.count - ((before.lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0) + 1
        let code = String(decoding: before, as: UTF8.self) + Self.showPrefix
            + String(decoding: bytes[last.start..<last.end], as: UTF8.self) + ")"
            + String(decoding: bytes[last.end...], as: UTF8.self)
        return (code, Program.Insertion(line: line, column: column, length: Self.showPrefix.utf8.count))
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
