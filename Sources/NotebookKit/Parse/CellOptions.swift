/// What the words after `swift` in a cell's info string ask for.
///
/// Syntax: ```` ```swift option option ... ````, options separated by spaces:
///
/// | option | meaning |
/// |---|---|
/// | `hidden` | runs, but neither code nor output appears on the page (setup cells) |
/// | `no-run` | compiled with the rest, never run; its declarations stay local to it |
/// | `no-output` | runs; its code is shown, its output is not |
/// | `expect-error` | must fail at run time (trap, thrown error, `exit`); the error is its output; later cells still run |
/// | `expect-compile-error` | must not compile; the compiler's message is its output; left out of the program |
/// | `varies` | its output differs from run to run (timings): shown, but ignored by the drift check |
public struct CellOptions: Hashable, Sendable {
    public enum Expectation: String, Hashable, Sendable {
        case success
        case runtimeError = "expect-error"
        case compileError = "expect-compile-error"
    }

    public var hidden = false
    public var noRun = false
    public var noOutput = false
    public var varies = false
    public var expectation = Expectation.success

    public init() {}

    /// Every option the parser accepts, in the order the authoring guide lists them.
    public static let known = ["hidden", "no-run", "no-output", "expect-error", "expect-compile-error", "varies"]

    /// The options as written in an info string, in canonical order (for dumps and cache keys).
    public var words: [String] {
        var words: [String] = []
        if hidden { words.append("hidden") }
        if noRun { words.append("no-run") }
        if noOutput { words.append("no-output") }
        if expectation != .success { words.append(expectation.rawValue) }
        if varies { words.append("varies") }
        return words
    }
}

extension CellOptions {
    /// Parses the words after `swift` in an info string.
    ///
    /// - Parameters:
    ///   - words: each option with the 1-based column where it starts on the fence line.
    ///   - location: the fence line, for diagnostics.
    /// - Throws: `DiagnosticError` naming the unknown or conflicting option and its column.
    static func parse(_ words: [(text: String, column: Int)], at location: SourceLocation) throws(DiagnosticError) -> CellOptions {
        var options = CellOptions()
        var diagnostics: [Diagnostic] = []
        for (word, column) in words {
            var at = location
            at.column = column
            switch word {
            case "hidden": options.hidden = true
            case "no-run": options.noRun = true
            case "no-output": options.noOutput = true
            case "varies": options.varies = true
            case "expect-error", "expect-compile-error":
                let expectation = Expectation(rawValue: word)!
                if options.expectation != .success && options.expectation != expectation {
                    diagnostics.append(.error("cell option '\(word)' conflicts with '\(options.expectation.rawValue)'", at: at))
                }
                options.expectation = expectation
            default:
                let hint = Self.known.first { $0.hasPrefix(String(word.prefix(3))) }
                diagnostics.append(.error(
                    "unknown cell option '\(word)'", at: at,
                    notes: [.init((hint.map { "did you mean '\($0)'? " } ?? "") + "known options: \(Self.known.joined(separator: ", "))")]))
            }
        }
        if options.noRun && options.expectation == .runtimeError {
            var at = location
            at.column = words.first { $0.text == "no-run" }?.column ?? 1
            diagnostics.append(.error("a 'no-run' cell cannot 'expect-error': it never runs", at: at))
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return options
    }
}
