/// Prints diagnostics for people: the `file:line:col: severity: message` line, then the
/// offending line of the `.md` file with a caret under the column, then the notes.
public struct DiagnosticFormatter: Sendable {
    /// Looks up the text of a line in a lesson file (1-based); `nil` when unknown.
    public typealias LineLookup = @Sendable (_ file: String, _ line: Int) -> String?

    public var colors: Bool
    public var lineLookup: LineLookup

    public init(colors: Bool = false, lineLookup: @escaping LineLookup) {
        self.colors = colors
        self.lineLookup = lineLookup
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = [paint(diagnostic.description, diagnostic.severity)]
        if let location = diagnostic.location, let source = lineLookup(location.file, location.line) {
            lines.append(contentsOf: snippet(source, location))
        }
        for note in diagnostic.notes {
            let head = note.location.map { "\($0): " } ?? ""
            lines.append("\(head)note: \(note.message)")
            if let location = note.location, let source = lineLookup(location.file, location.line) {
                lines.append(contentsOf: snippet(source, location))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `  12 | let x = [1][3]` and a caret line under the column (tabs kept so it aligns).
    func snippet(_ source: String, _ location: SourceLocation) -> [String] {
        let gutter = String(location.line)
        let prefix = Array(source.utf8.prefix(max(0, location.column - 1)))
        let pad = String(String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " })
        return [
            " \(gutter) | \(source)",
            " \(String(repeating: " ", count: gutter.count)) | \(pad)" + paint("^", .error),
        ]
    }

    func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
        guard colors else { return text }
        let code = switch severity { case .error: "31"; case .warning: "33"; case .note: "36" }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }
}

extension DiagnosticFormatter {
    /// A line lookup that reads the named files from disk (for diagnostics about files that
    /// did not parse, so no `Notebook` holds their lines).
    public static func readingFiles() -> LineLookup {
        { file, line in
            guard let bytes = try? FileSystem.read(file) else { return nil }
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            return line >= 1 && line <= lines.count ? String(lines[line - 1].trimmingSuffix("\r")) : nil
        }
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
