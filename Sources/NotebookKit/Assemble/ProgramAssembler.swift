import SwiftParser
import SwiftSyntax

/// Assembles a lesson's cells into one Swift program (the "assemble" step).
///
/// The cells become top-level code in order, so what one cell declares later cells use. Before
/// each cell a `#sourceLocation` points the compiler and the runtime at the `.md` file, and a
/// call marks the cell boundary for the executor. Runs of statements become `do { }` blocks, or
/// functions of a companion file that `main.swift` calls (see `StatementGroups` and
/// `GroupFunctions`). Expected-error cells run in a forked child so
/// their failure cannot end the program, in a closure the child runs on a thread of its own; no-run cells are compiled inside a branch never taken;
/// expected-compile-error cells are left out (they are checked in programs of their own).
public struct ProgramAssembler: Sendable {
    /// The module the generated glue calls into.
    static let runtime = "NotebookRuntime.ProgramRuntime"
    static let showPrefix = "\(runtime).show("

    public init() {}

    /// The main program: every cell except expected-compile-error ones.
    public func program(for notebook: Notebook) -> Program {
        program(for: notebook, cells: notebook.cells.filter { $0.options.expectation != .compileError }, inlines: notebook.inlines, companion: true)
    }

    /// A program for checking one expected-compile-error cell: the cells before it (other
    /// expected-compile-error cells left out), then it.
    public func compileCheckProgram(for notebook: Notebook, cell: Cell) -> Program {
        let before = notebook.cells.prefix(cell.index).filter { $0.options.expectation != .compileError }
        return program(for: notebook, cells: before + [cell], inlines: [], companion: false)
    }

    /// - Parameter companion: whether statement groups may move into a companion file.
    func program(for notebook: Notebook, cells: [Cell], inlines: [InlineExpression], companion: Bool) -> Program {
        let syntaxes = cells.map { Parser.parse(source: $0.source) }  // once, for every use below
        let lesson = companion ? GroupFunctions.Lesson(syntaxes) : nil
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
        var groupClose = "}"  // how the open group closes: `do` block or moved group
        func finishCell(then glue: String? = nil) {
            if state != .glue { lines.append("#sourceLocation()") }
            if let glue { lines.append(glue) }
            if state == .inGroup { lines.append(groupClose) }
            state = .glue
        }
        for (position, cell) in cells.enumerated() {
            let marker = "\(Self.runtime).begin(cell: \(cell.index))"
            let before = position > 0 ? cells[position - 1].range.startLine : cell.range.startLine
            let syntax = syntaxes[position]
            let (code, insertion) = shown(cell, syntax)
            if let insertion { insertions.append(insertion) }
            let (body, tail, close) = Self.body(code, of: cell, syntax: syntax, path: notebook.path) {
                lesson?.movable($0, cell: position) ?? false
            }
            if state == .inGroup, !(pending.first.map { $0.cellsBefore <= cell.index } ?? false) {
                finishCell(then: marker)  // the marker joins the open `do` of the cell before
                own(before)
                lines += body
            } else {
                finishCell()
                own(before)
                evaluateInlines(before: cell.index)
                // The marker joins the cell's own first group, or stands alone.
                let opensGroup = body.first == "do {" || body.first == GroupFunctions.open
                lines += opensGroup ? [body[0], marker] : [marker]
                own(before)
                lines += opensGroup ? body.dropFirst() : body[...]
            }
            state = tail
            groupClose = close
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
        let imports = lesson.map { $0.imports(of: cells, path: notebook.path) } ?? []
        let (main, moved) = GroupFunctions.split(zip(lines, owners).map { ($0, $1) }, imports: imports)
        let companion = moved.isEmpty ? nil : Program.Companion(source: Self.text(of: moved), cellLines: Self.cellLines(of: moved))
        return Program(source: Self.text(of: main), companion: companion, cellIndices: cells.map(\.index), insertions: insertions,
                       cellLines: Self.cellLines(of: main), otherFiles: Set(inlines.compactMap(\.file)))
    }

    static func text(of lines: [GroupFunctions.Line]) -> String { lines.map(\.text).joined(separator: "\n") + "\n" }

    /// For each line of the text (0-based), the cell line its generated line belongs to.
    static func cellLines(of lines: [GroupFunctions.Line]) -> [Int?] {
        lines.flatMap { line in Array(repeating: line.owner, count: line.text.count { $0 == "\n" } + 1) }
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
    /// - Parameter movable: whether the group on these 0-based lines of the cell may move.
    /// - Returns: the lines, where they leave the program, and how a group left open closes.
    static func body(_ code: String, of cell: Cell, syntax: SourceFileSyntax, path: String,
                     movable: (Range<Int>) -> Bool) -> (lines: [String], tail: Tail, close: String) {
        let start = sourceLocation(path, cell.firstCodeLine)
        if cell.options.expectation == .runtimeError {
            return (["if \(runtime).forkExpectedFailure(cell: \(cell.index)) { \(runtime).runExpectedFailure { do {",
                     start, code, "#sourceLocation()", "} } }"], .glue, "}")
        }
        if cell.options.noRun {
            return (["if \(runtime).never() {", start, code, "#sourceLocation()", "}"], .glue, "}")
        }
        let groups = StatementGroups.find(in: syntax)
        let located = located(code, of: cell, groups: groups.map { ($0, movable($0)) }, path: path)
        return (located.lines, located.openGroupCloses == nil ? .located : .inGroup, located.openGroupCloses ?? "}")
    }

    /// A normal cell's code at its lesson lines, with each run of statements in a `do { }`
    /// block (see `StatementGroups`), or between ``GroupFunctions``' marks when it may move,
    /// and re-located after every line the assembler adds. The expected-failure and no-run
    /// cells are wrapped whole instead.
    /// - Returns: the lines, and when they end inside a group left open for the glue after the
    ///   cell, the line that closes it (the caller adds it, after a `#sourceLocation()`).
    static func located(_ code: String, of cell: Cell, groups: [(lines: Range<Int>, movable: Bool)], path: String)
        -> (lines: [String], openGroupCloses: String?) {
        let source = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var segments: [(lines: Range<Int>, group: (open: String, close: String)?)] = []
        var next = 0
        for group in groups where group.lines.upperBound <= source.count {
            if next < group.lines.lowerBound { segments.append((next..<group.lines.lowerBound, nil)) }
            segments.append((group.lines, group.movable ? (GroupFunctions.open, GroupFunctions.close) : ("do {", "}")))
            next = group.lines.upperBound
        }
        if next < source.count || segments.isEmpty { segments.append((next..<source.count, nil)) }
        var lines: [String] = []
        for (position, segment) in segments.enumerated() {
            let at = sourceLocation(path, cell.firstCodeLine + segment.lines.lowerBound)
            lines += segment.group.map { [$0.open, at] } ?? [at]
            lines += source[segment.lines]
            if let group = segment.group, position < segments.count - 1 { lines.append(group.close) }
        }
        return (lines, segments.last?.group?.close)
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
