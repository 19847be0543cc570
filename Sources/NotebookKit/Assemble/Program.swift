/// A lesson assembled into Swift source — `main.swift`, and a companion file when the assembler
/// moved statement groups out of it (see ``GroupFunctions``) — with what is needed to map the
/// compiler's and the program's reports back to the `.md` file.
public struct Program: Sendable {
    /// The program's source files.
    enum File: Hashable {
        /// The cells' top-level code.
        case main
        /// The functions that hold the statement groups `main.swift` calls.
        case companion

        /// The file's name in the run's folder.
        var name: String { self == .main ? "main.swift" : "cells.swift" }
    }

    /// A source file besides `main.swift`.
    public struct Companion: Sendable {
        /// The Swift source.
        public var source: String
        /// For each line of `source` (0-based), the first line of the cell it is nearest to.
        var cellLines: [Int?]
    }

    /// Text inserted into a line of the lesson, which shifts the columns after it.
    struct Insertion: Hashable, Sendable {
        var line: Int
        var column: Int
        var length: Int
    }

    /// The Swift source of `main.swift`.
    public var source: String
    /// The statement groups moved into functions, compiled beside `main.swift` in a frontend
    /// job of its own at the same time; `nil` when none is.
    public var companion: Companion?
    /// The cell indices the program contains, in order (expected-compile-error cells are not).
    public var cellIndices: [Int]
    var insertions: [Insertion]
    /// For each line of `source` (0-based), the first line (the fence) of the cell it is
    /// nearest to, for diagnostics that swiftc reports in the generated code, not the lesson.
    var cellLines: [Int?] = []
    /// Files other than the lesson that code in the program is located in: the translations
    /// whose inline expressions it evaluates.
    var otherFiles: Set<String> = []

    /// The lesson line of the cell nearest to line `line` (1-based) of the generated `file`.
    func lessonLine(forGeneratedLine line: Int, in file: File = .main) -> Int? {
        let lines = file == .main ? cellLines : companion?.cellLines ?? []
        return lines.indices.contains(line - 1) ? lines[line - 1] : lines.last { $0 != nil } ?? nil
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
