/// Diagnostics as GitHub Actions workflow commands, which CI shows as annotations on the
/// lesson's lines: `::error file=Notebooks/x.md,line=12,col=5::message`.
///
/// Escaping follows GitHub's rules: in the message `%`, `\r` and `\n` become `%25`, `%0D` and
/// `%0A`; in property values `:` and `,` also become `%3A` and `%2C`.
public struct GitHubAnnotations: Sendable {
    public init() {}

    /// One workflow command; a diagnostic's notes follow its message on lines of their own.
    public func annotation(_ diagnostic: Diagnostic) -> String {
        let notes = diagnostic.notes.map { note in "\n" + (note.location.map { "\($0): " } ?? "") + "note: " + note.message }
        return annotation(diagnostic.severity, diagnostic.message + notes.joined(),
                          file: diagnostic.location?.file, line: diagnostic.location?.line, column: diagnostic.location?.column)
    }

    /// A workflow command for a problem that is not a `Diagnostic` (a broken link in a built page, say).
    public func annotation(_ severity: Diagnostic.Severity, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) -> String {
        let command = switch severity { case .error: "error"; case .warning: "warning"; case .note: "notice" }
        var properties: [String] = []
        if let file { properties.append("file=" + Self.escapeProperty(file)) }
        if let line { properties.append("line=\(line)") }
        if let column { properties.append("col=\(column)") }
        let head = properties.isEmpty ? command : command + " " + properties.joined(separator: ",")
        return "::\(head)::\(Self.escapeData(message))"
    }

    /// The annotations for a run: the lesson's own diagnostics and those of every cell that did
    /// not behave as expected (an expected error is the cell's output, not a problem).
    public func annotations(for result: NotebookResult) -> [String] {
        let cells = result.cells.filter { $0.status != .expectedFailure }.flatMap(\.diagnostics)
        return (result.diagnostics + cells + result.inlines.flatMap(\.diagnostics)).map(annotation)
    }

    static func escapeData(_ text: String) -> String { escape(text, property: false) }

    static func escapeProperty(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
