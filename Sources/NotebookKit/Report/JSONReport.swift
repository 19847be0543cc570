import Foundation
import NotebookRuntime

/// The machine-readable report of a run:
/// `{"notebook": path, "passed": bool, "cells": [{"index", "line", "status", "seconds", "outputs": [{"mime", "data", "stream"}],
/// "diagnostics": [...]}], "diagnostics": [{"file", "line", "column", "severity", "message", "notes"}]}`.
/// Keys are sorted so the same result always prints the same bytes.
public struct JSONReport: Sendable {
    struct Report: Encodable {
        var notebook: String
        var passed: Bool
        var cells: [CellEntry]
        var diagnostics: [DiagnosticEntry]
    }

    struct CellEntry: Encodable {
        var index: Int
        var line: Int
        var status: String
        var seconds: Double?
        var outputs: [OutputEntry]
        var diagnostics: [DiagnosticEntry]
    }

    struct OutputEntry: Encodable {
        var mime: DisplayOutput.MIME
        var data: String
        /// `stdout`, `stderr`, `display` or `error`.
        var stream: String
    }

    struct DiagnosticEntry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var severity: String
        var message: String
        var notes: [String]

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            notes = diagnostic.notes.map { note in (note.location.map { "\($0): " } ?? "") + note.message }
        }
    }

    public var includeTimings: Bool

    public init(includeTimings: Bool = true) { self.includeTimings = includeTimings }

    public func encode(_ result: NotebookResult) throws -> String {
        let report = Report(
            notebook: result.notebook.path, passed: result.passed,
            cells: result.cells.map { cell in
                CellEntry(index: cell.index, line: cell.line, status: cell.status.rawValue,
                          seconds: includeTimings ? cell.seconds.map { ($0 * 1000).rounded() / 1000 } : nil,
                          outputs: cell.outputs.map { OutputEntry(mime: $0.mime, data: $0.data, stream: $0.kind.rawValue) },
                          diagnostics: cell.diagnostics.map(DiagnosticEntry.init))
            },
            diagnostics: result.diagnostics.map(DiagnosticEntry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
