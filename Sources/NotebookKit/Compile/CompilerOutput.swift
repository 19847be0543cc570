/// Reads swiftc's `file:line:col: severity: message` lines and keeps those that point into the
/// lesson, with columns corrected for the runner's insertions. Source snippets swiftc prints
/// show generated lines; the formatter prints the `.md` line instead, so they are dropped.
/// Diagnostics in the generated code are moved to the nearest cell's fence line (never a
/// temporary path); the driver's unlocated summaries ("emit-module command failed") are noise
/// whenever a located error explains the failure.
struct CompilerOutput {
    var diagnostics: [Diagnostic] = []
    /// Errors that no lesson line explains (a missing module, a broken set-up): runner-level.
    var otherErrors: [String] = []

    /// - Parameter generatedFile: the path of the program's source, as given to swiftc.
    init(_ text: String, lessonPath: String, program: Program, generatedFile: String) {
        let folder = generatedFile.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        var unlocated: [String] = []
        var keepNotes = false, lastInGlue = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let parsed = Self.parseLine(line) else {
                if line.contains("error:") {
                    unlocated.append(Self.scrubbed(String(line), folder: folder))
                    // Notes after it are its own, not the last kept diagnostic's.
                    keepNotes = false
                }
                continue
            }
            var location: SourceLocation
            var notes: [Diagnostic.Note] = []
            if parsed.file == lessonPath {
                location = SourceLocation(file: lessonPath, line: parsed.line, column: program.originalColumn(line: parsed.line, column: parsed.column))
            } else if program.otherFiles.contains(parsed.file) {
                location = SourceLocation(file: parsed.file, line: parsed.line, column: parsed.column)
            } else if parsed.file == generatedFile, let line = program.lessonLine(forGeneratedLine: parsed.line) {
                location = SourceLocation(file: lessonPath, line: line)
                notes = [.init("swiftc found this in the code the runner wraps around this cell; check that the cell's braces balance")]
            } else {
                if parsed.severity == .error { unlocated.append(Self.scrubbed(parsed.message, folder: folder)) }
                keepNotes = false
                continue
            }
            if parsed.severity == .note {
                guard keepNotes, !diagnostics.isEmpty else { continue }
                if lastInGlue, notes.isEmpty {
                    // The glue tripped over something the note points at in the lesson (the
                    // `{` a cell never closed): that is where the problem is.
                    diagnostics[diagnostics.count - 1].location = location
                    lastInGlue = false
                }
                diagnostics[diagnostics.count - 1].notes.append(.init(parsed.message, at: location))
                continue
            }
            lastInGlue = !notes.isEmpty
            // The generated-code echo of an error already reported in the cell adds nothing.
            keepNotes = !(notes.isEmpty == false && diagnostics.contains { $0.message == parsed.message })
            if keepNotes { diagnostics.append(Diagnostic(parsed.severity, parsed.message, at: location, notes: notes)) }
        }
        if !diagnostics.contains(where: { $0.severity == .error }) { otherErrors = unlocated }
    }

    /// `text` without the runner's temporary folder in it.
    static func scrubbed(_ text: String, folder: String) -> String {
        folder.isEmpty ? text : text.replacingOccurrences(of: folder + "/", with: "")
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
