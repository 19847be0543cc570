import SwiftSyntax

/// Moves statement groups (see ``StatementGroups``) out of `main.swift` into functions of a
/// second file, the program's companion, which `main.swift` calls where each group was.
///
/// Why: every unqualified name lookup in `main.swift` walks down the chain of its top-level
/// items, one level for each declaration and group before it. In a function of another file a
/// lookup starts from a shallow scope tree and finds the lesson's globals by name. On the
/// 50-cell benchmark lesson the frontend's instructions go from 2.43 G to 2.10 G, with both
/// files compiled in one job (``CompilePlan/batch``; see benchmarks/README.md).
///
/// A group moves only when running it in a function means what running it at top level means:
/// - It names nothing that a later top-level declaration declares. At top level such a use is
///   an error the author must see; from a function in another file it would compile and read
///   a variable before its cell set it.
/// - It names nothing a top-level `guard` binds: those names are locals of the top-level
///   code, not globals, and the other file cannot see them.
/// - It has no `#` expression: `#function`, `#isolation` and the like would say "in a function".
/// - It has no `return`: at top level one is an error; in a function it would end the group
///   and let the lesson go on (a closure's `return` keeps its group at top level too).
/// - No cell of the lesson has an `await` (top-level code that awaits makes the lesson's
///   globals main-actor isolated, and a plain function could not use them), nor `private` or
///   `fileprivate` (what they hide from other files, the other file could not use).
/// - Every import of the lesson has its lines to itself, so the companion can repeat them
///   (imports are per file; in `main.swift` they cover the whole file wherever they stand).
///
/// Names are compared as tokens, so a member that shares a later global's name keeps its group
/// at top level too: a lost speed-up, never a changed meaning. A thrown error propagates as at
/// top level: the function `throws` and is called with `try`.
struct GroupFunctions {
    /// Where the assembler opens and closes a group that may move (a NUL cannot occur in a
    /// cell: the Markdown parser replaces it). ``split(_:imports:)`` turns them into a function.
    static let open = "\u{0}{", close = "\u{0}}"

    /// A generated line (or several, joined), with the cell line it belongs to.
    typealias Line = (text: String, owner: Int?)

    /// What the lesson declares and imports, to decide which groups move.
    struct Lesson {
        /// For each cell, in order: the names its top-level declarations declare, each with the
        /// 0-based line of the cell where the declaration starts.
        var declarations: [[(line: Int, names: Set<String>)]]
        /// The names top-level `guard`s bind, which no group in the other file could see.
        var locals: Set<String>
        /// For each cell, the 0-based line ranges of its imports.
        var imports: [[Range<Int>]]
        /// For each cell, its identifiers, and its `#`s and `return`s (as `nil`), each with its
        /// 0-based line.
        var names: [[(line: Int, name: String?)]]
        /// Whether any group may move at all.
        var allowsMoving: Bool

        init(_ cells: [SourceFileSyntax]) {
            let scans = cells.map(Scan.init)
            declarations = scans.map(\.declarations)
            imports = scans.map(\.imports)
            locals = scans.reduce(into: []) { $0.formUnion($1.locals) }
            names = scans.map(\.names)
            allowsMoving = scans.allSatisfy { !$0.awaitsOrHides && $0.importsStandAlone }
        }

        /// Whether the group on `lines` of cell `position` may move.
        func movable(_ lines: Range<Int>, cell position: Int) -> Bool {
            guard allowsMoving else { return false }
            var unusable = locals
            for (index, cell) in declarations.enumerated() where index >= position {
                for declaration in cell where index > position || declaration.line >= lines.upperBound { unusable.formUnion(declaration.names) }
            }
            return !names[position].contains { lines.contains($0.line) && ($0.name.map(unusable.contains) ?? true) }
        }

        /// The companion's imports: the runtime's, then the lesson's own at their lesson lines
        /// (imports are per file), each line with the cell it belongs to.
        func imports(of cells: [Cell], path: String) -> [Line] {
            var lines: [Line] = [("import NotebookRuntime", cells.first?.range.startLine)]
            for (cell, ranges) in zip(cells, imports) {
                let source = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
                for range in ranges where range.upperBound <= source.count {
                    lines.append((ProgramAssembler.sourceLocation(path, cell.firstCodeLine + range.lowerBound), cell.range.startLine))
                    lines += source[range].map { (String($0), cell.range.startLine) }
                    lines.append(("#sourceLocation()", cell.range.startLine))
                }
            }
            return lines
        }
    }

    /// Turns the movable groups of assembled `lines` (each with the cell line it belongs to)
    /// into functions of the companion, and calls to them in `main.swift`.
    /// - Returns: `main.swift`'s lines, and the companion's, starting with `imports` (empty
    ///   when nothing moved).
    static func split(_ lines: [Line], imports: [Line]) -> (main: [Line], companion: [Line]) {
        var top = Located(), body = Located()
        var count = 0, inGroup = false
        for line in lines {
            switch line.text {
            case open:
                count += 1
                let name = "__notebook_group_\(count)"
                top.unlocate(line.owner)  // so that the call is no lesson frame in a backtrace
                top.append(("try \(name)()", line.owner))
                body.append(("func \(name)() throws {", line.owner))
                inGroup = true
            case close:
                body.unlocate(line.owner)
                body.append(("}", line.owner))
                inGroup = false
            default:
                if inGroup { body.append(line) } else { top.append(line) }
            }
        }
        return count == 0 ? (top.lines, []) : (top.lines, imports + body.lines)
    }

    /// Lines of a generated file, and whether a `#sourceLocation` is in force at their end (a
    /// `#sourceLocation()` without one is an error).
    struct Located {
        var lines: [Line] = []
        var located = false

        mutating func append(_ line: Line) {
            lines.append(line)
            for physical in line.text.split(separator: "\n") where physical.hasPrefix("#sourceLocation(") {
                located = physical != "#sourceLocation()"
            }
        }

        /// Ends the `#sourceLocation` in force, if any.
        mutating func unlocate(_ owner: Int?) {
            if located { append(("#sourceLocation()", owner)) }
        }
    }
}
