/// Decides each cell's status from what the program printed and how it ended (the end of the
/// "execute" step): the cell that was running when the program died gets the failure, later
/// cells are not run, expected-error cells are judged by their forked child's status.
struct CellAttribution {
    var notebook: Notebook
    var program: Program
    var collector: OutputCollector
    var termination: ChildProcess.Termination
    var endTime: Double

    func results() -> [Int: CellResult] {
        var results: [Int: CellResult] = [:]
        let cells = Dictionary(uniqueKeysWithValues: notebook.cells.map { ($0.index, $0) })
        let begun = collector.begun
        let finished = collector.done && termination == .exited(0)
        for (position, index) in program.cellIndices.enumerated() {
            guard let cell = cells[index] else { continue }
            var result = CellResult(index: index, line: cell.range.startLine, status: .notRun)
            guard begun.contains(index) else {
                results[index] = result
                continue
            }
            result.outputs = collector.outputs(of: index).compactMap { output in
                guard output.kind == .stderr else { return output }
                let kept = RuntimeFailure.userStderr(output.data)
                return kept.isEmpty ? nil : CellOutput(kind: .stderr, data: kept)
            }
            let next = program.cellIndices.dropFirst(position + 1).first { begun.contains($0) }
            if let started = collector.cells[index]?.startedAt {
                result.seconds = (next.flatMap { collector.cells[$0]?.startedAt } ?? endTime) - started
            }
            // Something started after it (a cell, or an inline expression), or the program ended well.
            let ranToEnd = collector.units.last != .cell(index) || finished
            if cell.options.noRun {
                result.status = .skipped
            } else if cell.options.expectation == .runtimeError {
                judgeExpectedFailure(cell, &result)
            } else if ranToEnd {
                result.status = .ok
            } else {
                result.status = .failed
                result.diagnostics.append(failure(termination, cell: cell))
            }
            results[index] = result
        }
        return results
    }

    /// The program's end when it did not finish well and no cell or inline expression took the
    /// failure: it died before its first cell (a library the loader could not find, say) or
    /// after a cell that never fails (a no-run cell). Without this the lesson would pass with
    /// every cell "not run".
    func unattributedFailure(cells: [Int: CellResult], inlines: [InlineResult]) -> Diagnostic? {
        if collector.done && termination == .exited(0) { return nil }
        if cells.values.contains(where: { $0.status == .failed }) || inlines.contains(where: { $0.status == .failed }) { return nil }
        let before = collector.begun.isEmpty
        let stderr = collector.stderrText(of: before ? -1 : collector.begun.last!)
        var diagnostic = failure(termination, stderr: stderr, at: (1, 1),
                                 note: before ? "before the lesson's first cell" : "after the lesson's last cell that ran")
        if let said = stderr.split(separator: "\n").last(where: { !$0.allSatisfy(\.isWhitespace) }) {
            diagnostic.notes.append(.init("the program said: \(said)"))
        }
        return diagnostic
    }

    private func judgeExpectedFailure(_ cell: Cell, _ result: inout CellResult) {
        guard let status = collector.forked[cell.index] else {
            // The program itself ended while the child ran (a timeout, say).
            result.status = .failed
            result.diagnostics.append(failure(termination, cell: cell))
            return
        }
        let childEnd = ChildProcess.Termination(waitStatus: status)
        if childEnd == .exited(0) {
            result.status = .failed
            result.diagnostics.append(.error("expected a runtime error, but the cell ran to its end",
                                             at: SourceLocation(file: notebook.path, line: cell.range.startLine)))
        } else {
            let failure = failure(childEnd, cell: cell)
            result.status = .expectedFailure
            result.outputs.append(CellOutput(kind: .error, data: failure.message + "\n"))
        }
    }

    private func failure(_ termination: ChildProcess.Termination, cell: Cell) -> Diagnostic {
        failure(termination, stderr: collector.stderrText(of: cell.index), at: (cell.range.startLine, 1),
                note: "in the cell that starts at line \(cell.range.startLine)")
    }

    /// The program's end as a diagnostic: at the lesson line the runtime reported, else at
    /// `fallback` with `note` saying where it happened.
    /// `file` is the lesson's, or the translation's an inline expression is written in.
    func failure(_ termination: ChildProcess.Termination, stderr: String, in file: String? = nil, at fallback: (line: Int, column: Int), note: String) -> Diagnostic {
        let file = file ?? notebook.path
        let failure = RuntimeFailure(termination, stderr: stderr, lessonPath: file)
        let at = failure.location ?? fallback
        var notes = failure.callers.map { Diagnostic.Note("called from here", at: SourceLocation(file: file, line: $0.line, column: $0.column)) }
        if failure.location == nil { notes.append(.init(note)) }
        return .error(failure.message, at: SourceLocation(file: file, line: at.line, column: at.column), notes: notes)
    }
}
