import Foundation
import NotebookRuntime

/// Runs a lesson end to end: assemble → compile → execute → attribute outputs to cells.
public struct NotebookRunner: Sendable {
    public struct Options: Sendable {
        /// Seconds the program may run when the front matter says nothing.
        public var defaultTimeout: Double = 120
        /// Bytes of output kept per cell.
        public var outputCap: Int = 1 << 20

        public init() {}
    }

    public var toolchain: Toolchain
    public var options: Options

    public init(toolchain: Toolchain, options: Options = Options()) {
        self.toolchain = toolchain
        self.options = options
    }

    /// Runs `notebook`; failures of cells are in the result, never thrown. With a `store`,
    /// the program's expensive engine calls answer from it where their cells are unchanged, and
    /// a passing run leaves in it only what it used.
    /// `program` is the notebook as `ProgramAssembler` assembles it, when the caller has it
    /// already (the execution cache keys on it).
    public func run(_ notebook: Notebook, program: Program? = nil, store: ResultStore? = nil) -> NotebookResult {
        let start = ChildProcess.now()
        var result: NotebookResult
        do {
            let directory = try FileSystem.ownedTemporaryDirectory(prefix: "notebook-")
            defer { FileSystem.remove(directory) }
            result = try run(notebook, program: program ?? ProgramAssembler().program(for: notebook), in: directory, store: store)
        } catch let error as DiagnosticError {
            result = NotebookResult(notebook: notebook, cells: notRun(notebook), diagnostics: error.diagnostics)
        } catch {
            result = NotebookResult(notebook: notebook, cells: notRun(notebook), diagnostics: [.error("\(error)", at: SourceLocation(file: notebook.path, line: 1))])
        }
        result.seconds = ChildProcess.now() - start
        return result
    }

    private func notRun(_ notebook: Notebook) -> [CellResult] {
        notebook.cells.map { CellResult(index: $0.index, line: $0.range.startLine, status: .notRun) }
    }

    private func run(_ notebook: Notebook, program: Program, in directory: String, store: ResultStore?) throws -> NotebookResult {
        // When the program was launched (after compiling), for the store's pruning.
        var pruneAfter: timespec?
        let compiler = Compiler(toolchain: toolchain)
        let executable = directory + "/lesson"
        let compiled = try compiler.build(program, lessonPath: notebook.path, in: directory, output: executable)
        var cells = Dictionary(uniqueKeysWithValues: notebook.cells.map { ($0.index, CellResult(index: $0.index, line: $0.range.startLine, status: .notRun)) })
        var inlines = notebook.inlines.map { InlineResult(index: $0.index, line: $0.line, status: .notRun) }
        var diagnostics = compiled.otherErrors.map { Diagnostic.error("the lesson program did not build: \($0)", at: SourceLocation(file: notebook.path, line: 1)) }
        for diagnostic in compiled.diagnostics {
            let line = diagnostic.location?.line
            if let line, let cell = notebook.cells.first(where: { $0.range.contains(line: line) }) {
                cells[cell.index]?.diagnostics.append(diagnostic)
                if diagnostic.severity == .error { cells[cell.index]?.status = .failed }
            } else if let line, let inline = notebook.inlines.first(where: { $0.line == line && $0.path(in: notebook.path) == diagnostic.location?.file }) {
                inlines[inline.index].diagnostics.append(diagnostic)
                if diagnostic.severity == .error { inlines[inline.index].status = .failed }
            } else {
                diagnostics.append(diagnostic)
            }
        }
        if compiled.succeeded {
            let launched = ResultStore.now()
            let executed = try execute(executable, notebook: notebook, program: program, store: store)
            pruneAfter = launched
            // Lessons compile with -suppress-warnings and a program with errors never runs, so the
            // run's results replace the compiled ones whole.
            for (index, result) in executed.cells { cells[index] = result }
            inlines = executed.inlines
            diagnostics += executed.diagnostics
        }
        for cell in notebook.cells where cell.options.expectation == .compileError {
            cells[cell.index] = try checkCompileError(cell, notebook: notebook, compiler: compiler, directory: directory)
        }
        let result = NotebookResult(notebook: notebook, cells: notebook.cells.compactMap { cells[$0.index] }, inlines: inlines, diagnostics: diagnostics)
        if result.passed, let pruneAfter { store?.prune(runStartedAt: pruneAfter) }
        return result
    }

    private func execute(_ executable: String, notebook: Notebook, program: Program, store: ResultStore?) throws
        -> (cells: [Int: CellResult], inlines: [InlineResult], diagnostics: [Diagnostic]) {
        let nonce = String(UInt64.random(in: 1...UInt64.max), radix: 36)
        var collector = OutputCollector(nonce: nonce, cap: options.outputCap)
        // The lesson's temporary files go into the runner's folder, removed with it.
        let temporary = (executable as NSString).deletingLastPathComponent + "/tmp"
        try FileSystem.createDirectory(temporary)
        let environment = [Wire.nonceVariable: nonce, ProgramRuntime.runnerVariable: String(getpid()), "TMPDIR": temporary,
                           "SWIFT_BACKTRACE": RuntimeFailure.backtraceEnvironment].merging(store?.environment ?? [:]) { $1 }
        // The lesson runs in its own folder, so relative paths in it (a CSV file beside it) mean
        // the same whichever folder the runner was started from.
        let process = ChildProcess(executable: executable, arguments: [], environment: environment,
                                   workingDirectory: Self.lessonFolder(notebook.path),
                                   timeout: notebook.frontMatter.timeout ?? options.defaultTimeout)
        let termination = try process.run { stream, chunk in collector.feed(stream, chunk) }
        let end = ChildProcess.now()
        collector.finish()
        let attribution = CellAttribution(notebook: notebook, program: program, collector: collector, termination: termination, endTime: end)
        let (cells, inlines) = (attribution.results(), attribution.inlineResults())
        return (cells, inlines, attribution.unattributedFailure(cells: cells, inlines: inlines).map { [$0] } ?? [])
    }

    /// The folder holding the lesson file at `path` ("." for a bare file name).
    static func lessonFolder(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private func checkCompileError(_ cell: Cell, notebook: Notebook, compiler: Compiler, directory: String) throws -> CellResult {
        let program = ProgramAssembler().compileCheckProgram(for: notebook, cell: cell)
        let outcome = try compiler.typecheck(program, lessonPath: notebook.path, in: directory, name: "check\(cell.index)")
        let inCell = outcome.diagnostics.filter { $0.severity == .error && $0.location.map { cell.range.contains(line: $0.line) } == true }
        var result = CellResult(index: cell.index, line: cell.range.startLine, status: .expectedFailure)
        if inCell.isEmpty {
            result.status = .failed
            result.diagnostics = [.error("expected a compile error, but the cell compiled", at: SourceLocation(file: notebook.path, line: cell.range.startLine))]
        } else {
            let text = inCell.map { diagnostic in
                "\(diagnostic.location.map { "\($0.line):\($0.column)" } ?? ""): error: \(diagnostic.message)"
            }.joined(separator: "\n")
            result.outputs = [CellOutput(kind: .error, data: text + "\n")]
            result.diagnostics = inCell
        }
        return result
    }
}
