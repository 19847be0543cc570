import NotebookRuntime

/// One output of a cell, as Jupyter has them: a stream's text or a rich display.
public struct CellOutput: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case stdout, stderr, display, error
    }

    public var kind: Kind
    /// `.plain` for streams and errors; the display's MIME type otherwise.
    public var mime: DisplayOutput.MIME
    public var data: String

    public init(kind: Kind, mime: DisplayOutput.MIME = .plain, data: String) {
        self.kind = kind
        self.mime = mime
        self.data = data
    }
}

/// How a cell came out.
public enum CellStatus: String, Hashable, Sendable, Codable {
    /// Ran (or compiled, for no-run cells) as expected.
    case ok
    /// Failed when it should not have, or succeeded when it should have failed.
    case failed
    /// Failed, as its `expect-error` / `expect-compile-error` option said it would.
    case expectedFailure = "expected-failure"
    /// Not run because an earlier cell ended the program, or the program did not compile.
    case notRun = "not-run"
    /// Never meant to run: a `no-run` cell.
    case skipped
}

/// The outcome of one cell.
public struct CellResult: Hashable, Sendable, Codable {
    public var index: Int
    /// The line of the cell's opening fence.
    public var line: Int
    public var status: CellStatus
    public var outputs: [CellOutput]
    public var diagnostics: [Diagnostic]
    /// Wall time from this cell's start to the next cell's start, when it ran.
    public var seconds: Double?

    public init(index: Int, line: Int, status: CellStatus, outputs: [CellOutput] = [], diagnostics: [Diagnostic] = [], seconds: Double? = nil) {
        self.index = index
        self.line = line
        self.status = status
        self.outputs = outputs
        self.diagnostics = diagnostics
        self.seconds = seconds
    }

    /// Whether the cell behaved as its options said.
    public var passed: Bool { status != .failed }
}

/// The outcome of one inline expression (`` `{swift} expr` `` in the prose).
public struct InlineResult: Hashable, Sendable, Codable {
    /// Its position among the lesson's inline expressions (``InlineExpression/index``).
    public var index: Int
    public var line: Int
    /// `.ok` (evaluated), `.failed` (did not compile, or the program ended in it) or `.notRun`.
    public var status: CellStatus
    /// The value's text, once evaluated.
    public var value: String?
    public var diagnostics: [Diagnostic]

    public init(index: Int, line: Int, status: CellStatus, value: String? = nil, diagnostics: [Diagnostic] = []) {
        self.index = index
        self.line = line
        self.status = status
        self.value = value
        self.diagnostics = diagnostics
    }

    public var passed: Bool { status != .failed }
}

/// The outcome of running a whole lesson.
public struct NotebookResult: Hashable, Sendable {
    public var notebook: Notebook
    public var cells: [CellResult]
    /// The inline expressions' outcomes, in document order.
    public var inlines: [InlineResult]
    /// Problems not tied to one cell: a missing compiler, a build failure outside cells.
    public var diagnostics: [Diagnostic]
    public var seconds: Double

    public init(notebook: Notebook, cells: [CellResult], inlines: [InlineResult] = [], diagnostics: [Diagnostic] = [], seconds: Double = 0) {
        self.notebook = notebook
        self.cells = cells
        self.inlines = inlines
        self.diagnostics = diagnostics
        self.seconds = seconds
    }

    /// Every cell behaved as expected and nothing else went wrong.
    public var passed: Bool {
        cells.allSatisfy(\.passed) && inlines.allSatisfy(\.passed) && !diagnostics.contains { $0.severity == .error }
    }

    /// The inline values by expression index, for the renderers.
    public var inlineValues: [Int: String] {
        Dictionary(uniqueKeysWithValues: inlines.compactMap { result in result.value.map { (result.index, $0) } })
    }
}
