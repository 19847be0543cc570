extension CellAttribution {
    /// Each inline expression's outcome: its value when it finished; the program's failure,
    /// located at it, when the program ended while it ran; not run otherwise.
    func inlineResults() -> [InlineResult] {
        let finished = collector.done && termination == .exited(0)
        return notebook.inlines.map { inline in
            var result = InlineResult(index: inline.index, line: inline.line, status: .notRun)
            if let value = collector.inlineValues[inline.index] {
                result.status = .ok
                result.value = String(decoding: value, as: UTF8.self)
            } else if let position = collector.units.firstIndex(of: .inline(inline.index)) {
                result.status = .failed
                // Its stderr went to the cell it runs after.
                let cell = collector.units[..<position].last { if case .cell = $0 { true } else { false } }
                let stderr = if case .cell(let index) = cell { collector.stderrText(of: index) } else { "" }
                let termination = finished ? ChildProcess.Termination.exited(1) : termination
                result.diagnostics = [failure(termination, stderr: stderr, in: inline.path(in: notebook.path), at: (inline.line, inline.column),
                                              note: "in the inline expression `{swift} \(inline.code)`")]
            }
            return result
        }
    }
}
