import SwiftParser
import SwiftSyntax

/// The runs of a cell's lines that hold only statements, which the assembler wraps in
/// `do { ... }` so that each run is one top-level item of the program instead of several.
///
/// Why: swiftc nests every top-level item of `main.swift` inside the one before it (so that code
/// after a top-level `guard` sees its names), and every unqualified name lookup and every debug
/// scope of SILGen walks down that chain. Compile time therefore grows with the number of
/// top-level items times the number of lookups: on the 50-cell benchmark lesson the chain walk
/// was 60 % of swiftc's instructions. Declarations must stay at top level (later cells use
/// them); statements need not.
///
/// What may be grouped: expressions (calls, assignments, `if`/`switch` expressions) and the
/// `for`, `while`, `repeat`, `do`, `throw` and labelled statements. They declare nothing that
/// outlives them, and in a `do` block without `catch` a thrown error and an `await` mean what
/// they mean at top level. Never grouped: declarations, `guard` (its names are for the code
/// after it), `defer` (it would run at the end of the block), freestanding macros (one may declare), and any statement that shares a
/// line with one of those, because the assembler cuts only between whole lines (columns stay
/// the author's). A cell that does not parse is left as it is, so the compiler reports its
/// errors against the author's own text.
struct StatementGroups {
    /// 0-based line ranges of `source`, in order: each from the first line of a run's first
    /// statement to the last line of its last one.
    static func find(in source: String) -> [Range<Int>] { find(in: Parser.parse(source: source)) }

    /// The runs of a parsed cell.
    static func find(in file: SourceFileSyntax) -> [Range<Int>] {
        guard !file.hasError else { return [] }
        let converter = SourceLocationConverter(fileName: "", tree: file)
        let statements = file.statements.map { item in
            Statement(lines: converter.location(for: item.positionAfterSkippingLeadingTrivia).line - 1
                ..< converter.location(for: item.endPositionBeforeTrailingTrivia).line,
                      groupable: isGroupable(item.item))
        }
        return runs(of: eligibility(of: statements), in: statements)
    }

    struct Statement {
        /// 0-based lines the statement touches.
        var lines: Range<Int>
        var groupable: Bool
    }

    /// Whether each statement can be wrapped: it is groupable, and no statement it shares a
    /// line with cannot be (repeated until nothing changes, since not being wrappable spreads
    /// along shared lines).
    static func eligibility(of statements: [Statement]) -> [Bool] {
        var eligible = statements.map(\.groupable)
        var changed = true
        while changed {
            changed = false
            for (i, statement) in statements.enumerated() where eligible[i] {
                let neighbours = statements.indices.filter { $0 != i && statements[$0].lines.overlaps(statement.lines) }
                if neighbours.contains(where: { !eligible[$0] }) {
                    eligible[i] = false
                    changed = true
                }
            }
        }
        return eligible
    }

    /// Maximal runs of consecutive eligible statements, as line ranges.
    static func runs(of eligible: [Bool], in statements: [Statement]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var current: Range<Int>?
        for (statement, ok) in zip(statements, eligible) {
            if ok {
                current = current.map { $0.lowerBound ..< statement.lines.upperBound } ?? statement.lines
            } else if let run = current {
                runs.append(run)
                current = nil
            }
        }
        if let current { runs.append(current) }
        return runs
    }

    static func isGroupable(_ item: CodeBlockItemSyntax.Item) -> Bool {
        switch item {
        case .expr(let expression): return !expression.is(MacroExpansionExprSyntax.self)
        case .decl: return false
        case .stmt(let statement):
            return statement.is(ExpressionStmtSyntax.self) || statement.is(ForStmtSyntax.self)
                || statement.is(WhileStmtSyntax.self) || statement.is(RepeatStmtSyntax.self)
                || statement.is(DoStmtSyntax.self) || statement.is(ThrowStmtSyntax.self)
                || statement.is(LabeledStmtSyntax.self)
        }
    }
}
