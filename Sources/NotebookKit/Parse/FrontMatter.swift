import Yams

/// The YAML block between `---` lines at the top of a lesson.
///
/// ```yaml
/// ---
/// title: Sample selection
/// summary: Uncertainty sampling against random, on three data sets.
/// order: 3
/// timeout: 300
/// ---
/// ```
public struct FrontMatter: Hashable, Sendable {
    public var title: String?
    /// One line for the index page.
    public var summary: String?
    /// Position among the lessons (ascending); lessons without one come last, by file name.
    public var order: Int?
    /// Seconds the whole lesson may run before it is stopped (default 120).
    public var timeout: Double?
    /// In a translation (`Notebooks/zh/…`): the digest of each section of the source's prose
    /// it translates, in the source's order (see ``ProseSections``). `notebook translations
    /// --mark-current` writes it.
    public var sourceDigests: [ProseSections.Digest]?
    /// The lines the block takes, fences included; `nil` when there is none.
    public var range: SourceRange?
    /// The line each key is written on, for diagnostics about its value.
    public var keyLines: [String: Int] = [:]

    public init(title: String? = nil, summary: String? = nil, order: Int? = nil, timeout: Double? = nil, range: SourceRange? = nil) {
        self.title = title
        self.summary = summary
        self.order = order
        self.timeout = timeout
        self.range = range
    }

    public static let sourceDigestsKey = "source-digests"
    public static let keys = ["title", "summary", "order", "timeout", sourceDigestsKey]
}

extension FrontMatter {
    /// Finds and parses front matter at the top of `lines`.
    ///
    /// - Returns: the front matter (empty when there is none).
    /// - Throws: `DiagnosticError` for YAML that does not parse, a key it does not know, or a
    ///   value of the wrong type, located on the offending line.
    static func parse(lines: [String], file: String) throws(DiagnosticError) -> FrontMatter {
        guard lines.first?.trimmingTrailingSpaces() == "---" else { return FrontMatter() }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpaces()) }) else {
            throw DiagnosticError(.error("front matter starts with '---' but has no closing '---'", at: SourceLocation(file: file, line: 1)))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        var matter = FrontMatter(range: SourceRange(1, close + 1))
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticError(located(error, file: file))
        } catch {
            throw DiagnosticError(.error("front matter is not valid YAML: \(error)", at: SourceLocation(file: file, line: 2)))
        }
        guard let node else { return matter }
        guard let mapping = node.mapping else {
            throw DiagnosticError(.error("front matter must be a YAML mapping of keys to values", at: SourceLocation(file: file, line: 2)))
        }
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            let at = SourceLocation(file: file, line: key.mark.map { $0.line + 1 } ?? 2, column: key.mark?.column ?? 1)
            let name = key.string ?? ""
            matter.keyLines[name] = at.line
            switch name {
            case "title": matter.title = value.string
            case "summary": matter.summary = value.string
            case "order":
                guard let order = value.int else { diagnostics.append(.error("'order' must be a whole number", at: at)); continue }
                matter.order = order
            case "timeout":
                guard let seconds = value.float, seconds > 0 else { diagnostics.append(.error("'timeout' must be a positive number of seconds", at: at)); continue }
                matter.timeout = seconds
            case sourceDigestsKey:
                guard let digests = sourceDigests(value) else {
                    diagnostics.append(.error("'\(sourceDigestsKey)' must map section names to digests", at: at,
                                              notes: [.init("'notebook translations --mark-current' writes it")]))
                    continue
                }
                matter.sourceDigests = digests
            default:
                diagnostics.append(.error("unknown front matter key '\(name)'", at: at, notes: [.init("known keys: \(keys.joined(separator: ", "))")]))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return matter
    }

    /// A mapping of section keys to digest strings, in the order written.
    private static func sourceDigests(_ node: Node) -> [ProseSections.Digest]? {
        guard let mapping = node.mapping else { return nil }
        var digests: [ProseSections.Digest] = []
        for (key, value) in mapping {
            guard let section = key.string, let digest = value.string else { return nil }
            digests.append(ProseSections.Digest(section: section, digest: digest))
        }
        return digests
    }

    private static func located(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return .error("front matter is not valid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line + 1, column: mark.column))
        default:
            return .error("front matter is not valid YAML: \(error)", at: SourceLocation(file: file, line: 2))
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
