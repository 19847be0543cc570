/// A lesson assembled into one Swift source file, with what is needed to map the compiler's
/// and the program's reports back to the `.md` file.
public struct Program: Sendable {
    /// Text inserted into a line of the lesson, which shifts the columns after it.
    struct Insertion: Hashable, Sendable {
        var line: Int
        var column: Int
        var length: Int
    }

    /// The Swift source.
    public var source: String
    /// The cell indices the program contains, in order (expected-compile-error cells are not).
    public var cellIndices: [Int]
    var insertions: [Insertion]
    /// For each line of `source` (0-based), the first line (the fence) of the cell it is
    /// nearest to, for diagnostics that swiftc reports in the generated code, not the lesson.
    var cellLines: [Int?] = []
    /// Files other than the lesson that code in the program is located in: the translations
    /// whose inline expressions it evaluates.
    var otherFiles: Set<String> = []

    /// The lesson line of the cell nearest to line `line` (1-based) of the generated source.
    func lessonLine(forGeneratedLine line: Int) -> Int? {
        cellLines.indices.contains(line - 1) ? cellLines[line - 1] : cellLines.last { $0 != nil } ?? nil
    }

    /// Undoes the runner's insertions on a location the compiler reported, so the column points
    /// at what the author wrote.
    func originalColumn(line: Int, column: Int) -> Int {
        var column = column
        for insertion in insertions where insertion.line == line && column > insertion.column {
            column = max(insertion.column, column - insertion.length)
        }
        return column
    }
}
