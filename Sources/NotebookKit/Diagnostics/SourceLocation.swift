/// A position in a lesson file: 1-based line and column (columns count UTF-8 bytes, as swiftc
/// and cmark do).
public struct SourceLocation: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A span of whole lines in a lesson file, both ends inclusive and 1-based.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var startLine: Int
    public var endLine: Int

    public init(_ startLine: Int, _ endLine: Int) {
        self.startLine = startLine
        self.endLine = endLine
    }

    public var description: String { "\(startLine)-\(endLine)" }

    public func contains(line: Int) -> Bool { line >= startLine && line <= endLine }
}
