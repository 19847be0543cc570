import Foundation

/// Writes a new lesson for `notebook new "Title"`: `NN-slug.md` in the lessons folder, with
/// front matter (the title, a summary the author must replace, `order` one past the largest
/// existing one, so it comes last) and a first cell that runs as written.
public struct LessonScaffold: Sendable {
    /// The summary a new lesson starts with; `notebook check` fails while a lesson still has it.
    public static let summaryPlaceholder = "TODO: one sentence for the index page saying what this lesson teaches."

    public var folder: String

    public init(folder: String = "Notebooks") { self.folder = folder }

    /// Writes the lesson and returns its path.
    ///
    /// - Throws: `DiagnosticError` for an empty or multi-line title, a lesson with the same name
    ///   (whatever its number), a lesson in the folder whose front matter does not parse (its
    ///   order is needed), or a file that already exists.
    public func create(title: String) throws(DiagnosticError) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else {
            throw DiagnosticError(.error("a lesson title must be one non-empty line, got \"\(title)\""))
        }
        var slugger = Slugger()
        let slug = slugger.slug(trimmed)
        let existing = (try? FileSystem.files(in: folder, suffix: ".md")) ?? []
        if let twin = existing.first(where: { Self.slug(ofFile: $0) == slug }) {
            throw DiagnosticError(.error("will not write a second lesson named '\(slug)': \(twin) already exists; choose another title"))
        }
        let order = try nextOrder()
        let path = "\(folder)/\(order < 10 ? "0" : "")\(order)-\(slug).md"
        try FileSystem.createExclusively(path, contents: text(title: trimmed, order: order))
        return path
    }

    /// One past the largest `order` among the lessons in the folder (0 when none has one).
    func nextOrder() throws(DiagnosticError) -> Int {
        guard FileSystem.isDirectory(folder) else { return 0 }
        var largest = -1
        for path in (try? FileSystem.files(in: folder, suffix: ".md")) ?? [] {
            let text = (try? FileSystem.readText(path)) ?? ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let order = try FrontMatter.parse(lines: lines, file: path).order { largest = max(largest, order) }
        }
        return largest + 1
    }

    /// `sampling` for `…/03-sampling.md` (the name without its number and extension).
    static func slug(ofFile path: String) -> String {
        let name = String((path.split(separator: "/").last ?? "").dropLast(3))
        let digits = name.prefix { $0.isNumber }
        return !digits.isEmpty && name.dropFirst(digits.count).hasPrefix("-") ? String(name.dropFirst(digits.count + 1)) : name
    }

    /// The lesson's text: front matter, a heading, a paragraph to replace, and a first cell.
    func text(title: String, order: Int) -> String {
        """
        ---
        title: \(Self.quoted(title))
        summary: \(Self.quoted(Self.summaryPlaceholder))
        order: \(order)
        ---
        # \(title)

        Say what the reader will learn, then build it up one cell at a time. Cells run in order as
        one program: what a cell declares, later cells use.

        ```swift
        import ActiveLearning

        let iris = try Dataset.iris()
        print("\\(iris.name): \\(iris.count) examples, \\(iris.featureCount) features, \\(iris.classCount) classes")
        ```

        """
    }

    /// A YAML double-quoted scalar, so titles with `:` or `#` stay one string.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension LessonScaffold {
    /// An error when the lesson still has the summary `notebook new` wrote, so `notebook check`
    /// fails until the author replaces it.
    public static func unfinishedSummary(_ notebook: Notebook) -> Diagnostic? {
        guard notebook.frontMatter.summary == summaryPlaceholder else { return nil }
        let line = notebook.frontMatter.range.flatMap { range in
            (range.startLine...range.endLine).first { notebook.line($0)?.hasPrefix("summary:") == true }
        } ?? 1
        return .error("the summary is still the placeholder 'notebook new' wrote; say in one sentence what this lesson teaches",
                      at: SourceLocation(file: notebook.path, line: line))
    }
}
