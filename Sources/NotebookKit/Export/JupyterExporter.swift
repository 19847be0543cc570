import NotebookRuntime

/// A lesson and its results as a Jupyter notebook (nbformat 4.5): prose between cells becomes
/// markdown cells, Swift cells become code cells with their outputs, as the site shows them.
///
/// Outputs: stdout and stderr as `stream` outputs; displays as `display_data` (`text/html`,
/// `image/svg+xml` or `text/plain`); expected errors and failures as `error` outputs. Cell ids
/// are derived from the lesson's path and the cell's position, and keys are sorted, so the same
/// lesson and results always export to the same bytes. Timings are left out for that reason.
public struct JupyterExporter: Sendable {
    public init() {}

    public func export(_ result: NotebookResult) -> String {
        notebook(result).serialized()
    }

    func notebook(_ result: NotebookResult) -> JSONValue {
        let notebook = result.notebook
        let results = Dictionary(uniqueKeysWithValues: result.cells.map { ($0.index, $0) })
        var cells: [JSONValue] = []
        var executionCount = 0
        for segment in LessonSegments(notebook, lines: result.proseLines).segments {
            let id = Self.cellID(path: notebook.path, position: cells.count)
            switch segment {
            case .prose(let lines):
                cells.append(["cell_type": "markdown", "id": .string(id), "metadata": [:], "source": Self.lines(lines.joined(separator: "\n"))])
            case .cell(let cell):
                let cellResult = results[cell.index]
                let ran = [CellStatus.ok, .failed, .expectedFailure].contains(cellResult?.status ?? .notRun)
                if ran { executionCount += 1 }
                cells.append([
                    "cell_type": "code", "id": .string(id), "metadata": metadata(cell),
                    "execution_count": ran ? .int(executionCount) : .null,
                    "outputs": .array(ShownOutputs(cell, cellResult).items.map { output($0, cell: cell) }),
                    "source": Self.lines(cell.source),
                ])
            }
        }
        return [
            "cells": .array(cells),
            "metadata": [
                "kernelspec": ["display_name": "Swift", "language": "swift", "name": "swift"],
                "language_info": ["file_extension": ".swift", "mimetype": "text/x-swift", "name": "swift"],
                "title": .string(notebook.title),
            ],
            "nbformat": 4,
            "nbformat_minor": 5,
        ]
    }

    /// The cell's options as tags; hidden cells collapsed, as Jupyter marks them.
    private func metadata(_ cell: Cell) -> JSONValue {
        var metadata: [String: JSONValue] = [:]
        if !cell.options.words.isEmpty { metadata["tags"] = .array(cell.options.words.map(JSONValue.string)) }
        if cell.options.hidden { metadata["jupyter"] = ["outputs_hidden": .bool(true), "source_hidden": .bool(true)] }
        return .object(metadata)
    }

    private func output(_ item: ShownOutputs.Item, cell: Cell) -> JSONValue {
        switch item {
        case .output(let output):
            switch output.kind {
            case .stdout, .stderr:
                return ["output_type": "stream", "name": .string(output.kind.rawValue), "text": Self.lines(output.data)]
            case .display:
                return ["output_type": "display_data", "data": .object([output.mime.rawValue: Self.lines(output.data)]), "metadata": [:]]
            case .error:
                let kind: JupyterError.Kind = cell.options.expectation == .compileError ? .compile : .runtime
                return JupyterError(kind: kind, text: output.data).json
            }
        case .failure(let diagnostics):
            return JupyterError(diagnostics).json
        }
    }

    /// `cell-` and 16 hex digits of SHA-256 over the lesson's path and the cell's position.
    static func cellID(path: String, position: Int) -> String {
        "cell-" + String(SHA256.hex("\(path)\n\(position)").prefix(16))
    }

    /// Jupyter's multi-line strings: lines that keep their `\n`, the last one without.
    static func lines(_ text: String) -> JSONValue {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if let last = lines.popLast(), last != "\n" { lines.append(String(last.dropLast())) }
        return .array(lines.map(JSONValue.string))
    }
}
