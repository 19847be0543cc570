/// A parsed lesson: front matter, then prose blocks and cells in document order.
///
/// Every node keeps the lines of the `.md` file it came from, so every later stage can point
/// back into the file the author edits.
public struct Notebook: Hashable, Sendable {
    /// The path as given (relative paths stay relative, so output never holds absolute paths).
    public var path: String
    public var frontMatter: FrontMatter
    public var blocks: [Block]
    /// The file's lines, for diagnostics that show the offending line.
    public var lines: [String]
    /// The `` `{swift} …` `` expressions in the prose, in document order.
    public var inlines: [InlineExpression]

    public init(path: String, frontMatter: FrontMatter, blocks: [Block], lines: [String], inlines: [InlineExpression] = []) {
        self.path = path
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.lines = lines
        self.inlines = inlines
    }

    /// The file's lines with each inline expression's code span replaced by `values[index]`
    /// (spans without a value stay as written), for exports that show prose as Markdown.
    func lines(substituting values: [Int: String]) -> [String] {
        var lines = self.lines
        for inline in inlines.reversed() {
            guard let value = values[inline.index], lines.indices.contains(inline.line - 1) else { continue }
            var bytes = Array(lines[inline.line - 1].utf8)
            bytes.replaceSubrange((inline.span.lowerBound - 1)..<(inline.span.upperBound - 1), with: Array(value.utf8))
            lines[inline.line - 1] = String(decoding: bytes, as: UTF8.self)
        }
        return lines
    }

    /// The cells in order.
    public var cells: [Cell] {
        blocks.compactMap { if case .cell(let cell) = $0 { cell } else { nil } }
    }

    /// The text of line `n` (1-based), if it exists.
    public func line(_ n: Int) -> String? {
        n >= 1 && n <= lines.count ? lines[n - 1] : nil
    }

    /// The lesson's title: front matter, else the first level-1 heading, else the file name.
    public var title: String {
        if let title = frontMatter.title { return title }
        for case .prose(let prose) in blocks {
            if case .heading(1, let text) = prose.kind { return text }
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// One top-level block of a lesson.
public enum Block: Hashable, Sendable {
    case prose(Prose)
    case cell(Cell)

    public var range: SourceRange {
        switch self {
        case .prose(let prose): prose.range
        case .cell(let cell): cell.range
        }
    }
}

/// A block of prose, kept as its Markdown source and rendered by cmark later.
public struct Prose: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case heading(level: Int, text: String)
        case paragraph, list, blockQuote, thematicBreak, html
        /// A fenced or indented code block that is not a cell (another language, or no info).
        case code(info: String)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A Swift cell: a fence whose info string starts with `swift`.
public struct Cell: Hashable, Sendable {
    /// 0-based position among the lesson's cells.
    public var index: Int
    /// The fence lines included.
    public var range: SourceRange
    /// The code between the fences.
    public var source: String
    /// The line of the first code line (the line after the opening fence).
    public var firstCodeLine: Int
    public var options: CellOptions

    public init(index: Int, range: SourceRange, source: String, firstCodeLine: Int, options: CellOptions) {
        self.index = index
        self.range = range
        self.source = source
        self.firstCodeLine = firstCodeLine
        self.options = options
    }
}
