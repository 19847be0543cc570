/// Reads swiftc's `file:line:col: severity: message` lines and keeps those that point into the
/// lesson, with columns corrected for the runner's insertions. Source snippets swiftc prints
/// show generated lines; the formatter prints the `.md` line instead, so they are dropped.
struct CompilerOutput {
    var diagnostics: [Diagnostic] = []
    /// Errors that point outside the lesson (generated glue, a missing module): runner-level.
    var otherErrors: [String] = []

    init(_ text: String, lessonPath: String, program: Program) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let parsed = Self.parseLine(line) else {
                if line.contains("error:") { otherErrors.append(String(line)) }
                continue
            }
            if parsed.file != lessonPath {
                if parsed.severity == .error { otherErrors.append(String(line)) }
                continue
            }
            let column = program.originalColumn(line: parsed.line, column: parsed.column)
            let location = SourceLocation(file: lessonPath, line: parsed.line, column: column)
            if parsed.severity == .note, !diagnostics.isEmpty {
                diagnostics[diagnostics.count - 1].notes.append(.init(parsed.message, at: location))
            } else {
                diagnostics.append(Diagnostic(parsed.severity, parsed.message, at: location))
            }
        }
    }

    static func parseLine(_ line: Substring) -> (file: String, line: Int, column: Int, severity: Diagnostic.Severity, message: String)? {
        for severity in [Diagnostic.Severity.error, .warning, .note] {
            guard let range = line.range(of: ": \(severity.rawValue): ") else { continue }
            let head = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard head.count >= 3, let column = Int(head[head.count - 1]), let number = Int(head[head.count - 2]) else { continue }
            let file = head[..<(head.count - 2)].joined(separator: ":")
            return (file, number, column, severity, String(line[range.upperBound...]))
        }
        return nil
    }
}
