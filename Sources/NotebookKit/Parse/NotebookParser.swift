/// Turns a `.md` file into a `Notebook`: front matter, prose blocks and Swift cells with their
/// exact lines. Never crashes on bad input: every problem comes back as a located diagnostic.
public struct NotebookParser: Sendable {
    public init() {}

    /// Reads and parses the file at `path` (relative paths resolve against the working folder).
    public func parse(fileAt path: String) throws(DiagnosticError) -> Notebook {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw DiagnosticError(.error("cannot read lesson: \(error)", at: SourceLocation(file: path, line: 1)))
        }
        return try parse(bytes: bytes, path: path)
    }

    /// Parses the bytes of a lesson; `path` is used for locations only.
    public func parse(bytes: [UInt8], path: String) throws(DiagnosticError) -> Notebook {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError(.error("lesson is not valid UTF-8", at: Self.firstInvalidUTF8(bytes, file: path)))
        }
        return try parse(text: text, path: path)
    }

    /// Parses the text of a lesson; `path` is used for locations only.
    public func parse(text: String, path: String) throws(DiagnosticError) -> Notebook {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        let frontMatter = try FrontMatter.parse(lines: lines, file: path)

        let document = MarkdownDocument(Self.body(lines: lines, frontMatter: frontMatter))

        var blocks: [Block] = []
        var diagnostics: [Diagnostic] = []
        for node in document.blocks {
            do {
                blocks.append(try block(for: node, cellIndex: blocks.count { if case .cell = $0 { true } else { false } }, lines: lines, path: path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        var inlines: [InlineExpression] = []
        do {
            let cells = blocks.compactMap { if case .cell(let cell) = $0 { cell } else { nil } }
            inlines = try Self.inlineExpressions(in: document, lines: lines, cells: cells, path: path)
        } catch {
            diagnostics += error.diagnostics
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return Notebook(path: path, frontMatter: frontMatter, blocks: blocks, lines: lines, inlines: inlines)
    }

    /// The Markdown cmark parses: the file with its front matter blanked, so cmark's line
    /// numbers stay the file's line numbers.
    static func body(lines: [String], frontMatter: FrontMatter) -> String {
        var body = lines
        if let range = frontMatter.range {
            for n in range.startLine...range.endLine { body[n - 1] = "" }
        }
        return body.joined(separator: "\n") + "\n"
    }

    static func body(of notebook: Notebook) -> String {
        body(lines: notebook.lines, frontMatter: notebook.frontMatter)
    }

    private func block(for node: MarkdownBlock, cellIndex: Int, lines: [String], path: String) throws(DiagnosticError) -> Block {
        let range = node.range
        switch node.kind {
        case .heading(let level):
            return .prose(Prose(kind: .heading(level: level, text: node.text), range: range))
        case .code(let info):
            let fenceLine = lines.indices.contains(range.startLine - 1) ? lines[range.startLine - 1] : ""
            let fenced = fenceLine.drop { $0 == " " }.hasPrefix("```") || fenceLine.drop { $0 == " " }.hasPrefix("~~~")
            if fenced, !Self.isClosed(fenceLine, at: range, lines: lines) {
                let opening = String(fenceLine.drop { $0 == " " }.prefix { $0 == "`" || $0 == "~" })
                throw DiagnosticError(.error("this \(opening)\(info.split(separator: " ").first ?? "") fence is never closed",
                                             at: SourceLocation(file: path, line: range.startLine, column: fenceLine.prefix { $0 == " " }.count + 1),
                                             notes: [.init("everything after it, to the end of the file, would be its code; close it with a line of \(opening)")]))
            }
            guard fenced, let words = Self.cellWords(info) else {
                return .prose(Prose(kind: .code(info: info), range: range))
            }
            let columns = Self.columns(of: words, in: fenceLine)
            let options = try CellOptions.parse(Array(zip(words, columns)).map { ($0, $1) },
                                                at: SourceLocation(file: path, line: range.startLine))
            let source = node.text
            return .cell(Cell(index: cellIndex, range: range, source: source.hasSuffix("\n") ? String(source.dropLast()) : source,
                              firstCodeLine: range.startLine + 1, options: options))
        case .list: return .prose(Prose(kind: .list, range: range))
        case .blockQuote: return .prose(Prose(kind: .blockQuote, range: range))
        case .thematicBreak: return .prose(Prose(kind: .thematicBreak, range: range))
        case .html: return .prose(Prose(kind: .html, range: range))
        case .paragraph, .item, .other: return .prose(Prose(kind: .paragraph, range: range))
        }
    }

    /// Whether the fenced block opened by `fenceLine` at `range` ends with a closing fence (cmark
    /// runs an unclosed fence to the end of the document).
    static func isClosed(_ fenceLine: String, at range: SourceRange, lines: [String]) -> Bool {
        let opening = fenceLine.drop { $0 == " " }
        guard let mark = opening.first else { return false }
        let length = opening.prefix { $0 == mark }.count
        guard range.endLine > range.startLine, lines.indices.contains(range.endLine - 1) else { return false }
        let closing = lines[range.endLine - 1].drop { $0 == " " }
        let run = closing.prefix { $0 == mark }.count
        return run >= length && closing.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The option words of a Swift cell's info string, or `nil` when the fence is not a cell.
    static func cellWords(_ info: String) -> [String]? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.first == "swift" else { return nil }
        return Array(words.dropFirst())
    }

    /// The 1-based byte columns at which each word appears, in order, on the fence line.
    static func columns(of words: [String], in line: String) -> [Int] {
        let bytes = Array(line.utf8)
        var searchFrom = bytes.firstIndex { $0 != 0x20 && $0 != 0x60 && $0 != 0x7E } ?? 0
        searchFrom += 5 // past "swift"
        return words.map { word in
            let target = Array(word.utf8)
            var i = searchFrom
            while i + target.count <= bytes.count, Array(bytes[i..<i + target.count]) != target { i += 1 }
            searchFrom = i + target.count
            return i + 1
        }
    }

    static func firstInvalidUTF8(_ bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let prefixEnd = min(bytes.count, i + 4)
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            if bytes[i] < 0x80 { i += 1; continue }
            let width = bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC0 ? 2 : 0
            if width > 0, i + width <= prefixEnd, String(validating: bytes[i..<i + width], as: UTF8.self) != nil {
                i += width
                continue
            }
            return SourceLocation(file: file, line: line, column: i - lineStart + 1)
        }
        return SourceLocation(file: file, line: line, column: 1)
    }
}
