/// Inline code in prose written `` `{swift} expr` `` (Quarto's syntax for inline code): a Swift
/// expression evaluated after the cells above it, whose value the page shows as text.
///
/// The value of a `NotebookDisplayable` is its plain-text output; of anything else,
/// `String(describing:)`. An inline expression fits on one line of the `.md` file.
public struct InlineExpression: Hashable, Sendable {
    /// 0-based position among the lesson's inline expressions, in document order.
    public var index: Int
    /// The expression, as written after `{swift}`.
    public var code: String
    public var line: Int
    /// The 1-based byte column of the expression's first byte.
    public var column: Int
    /// The byte columns of the whole code span, backticks included: `start..<end`, 1-based.
    public var span: Range<Int>
    /// How many of the lesson's cells come before it: it is evaluated after the last of them.
    public var cellsBefore: Int
    /// The file it is written in when that is not the lesson's own: a translation's inline
    /// expressions run in their source's program (see ``Translation``).
    public var file: String?

    public init(index: Int, code: String, line: Int, column: Int, span: Range<Int>, cellsBefore: Int, file: String? = nil) {
        self.index = index
        self.code = code
        self.line = line
        self.column = column
        self.span = span
        self.cellsBefore = cellsBefore
        self.file = file
    }

    /// The file it is written in, `lesson` being the path of the lesson it runs in.
    func path(in lesson: String) -> String { file ?? lesson }

    /// The prefix that marks a code span as inline Swift.
    static let marker = "{swift}"

    /// Whether a code span's text is inline Swift: `{swift}` then a space or nothing.
    static func isInline(_ literal: String) -> Bool {
        literal.hasPrefix(marker) && (literal.count == marker.count || literal.dropFirst(marker.count).first == " ")
    }
}

extension InlineExpression {
    /// A code span found on one line: where its backticks start and end and where its text starts.
    struct Span: Equatable {
        /// 0-based byte offsets: `start` at the first opening backtick, `end` past the last closing one.
        var start: Int
        var end: Int
        var content: String
        /// 0-based byte offset of `content`'s first byte.
        var contentStart: Int
    }

    /// The code spans of one line, by CommonMark's rule (a run of n backticks, not escaped,
    /// closed by the next run of exactly n; one space stripped from each end when both are
    /// spaces and the text is not all spaces).
    static func spans(in line: String) -> [Span] {
        let bytes = Array(line.utf8)
        var spans: [Span] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5C { i += 2; continue }  // a backslash escapes what follows
            guard bytes[i] == 0x60 else { i += 1; continue }
            let open = run(bytes, from: i)
            guard let close = closing(bytes, after: i + open, length: open) else { i += open; continue }
            var start = i + open, end = close
            if end - start >= 2, bytes[start] == 0x20, bytes[end - 1] == 0x20, bytes[start..<end].contains(where: { $0 != 0x20 }) {
                start += 1
                end -= 1
            }
            spans.append(Span(start: i, end: close + open, content: String(decoding: bytes[start..<end], as: UTF8.self), contentStart: start))
            i = close + open
        }
        return spans
    }

    private static func run(_ bytes: [UInt8], from i: Int) -> Int {
        var n = 0
        while i + n < bytes.count, bytes[i + n] == 0x60 { n += 1 }
        return n
    }

    private static func closing(_ bytes: [UInt8], after start: Int, length: Int) -> Int? {
        var j = start
        while j < bytes.count {
            guard bytes[j] == 0x60 else { j += 1; continue }
            let n = run(bytes, from: j)
            if n == length { return j }
            j += n
        }
        return nil
    }
}
