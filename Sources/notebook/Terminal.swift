import Foundation
import NotebookKit

/// Where the commands print: stdout for reports, stderr for diagnostics.
enum Terminal {
    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func seconds(_ value: Double) -> String {
        String(format: "%.2f s", value)
    }

    static func report(_ diagnostics: [Diagnostic]) {
        let formatter = DiagnosticFormatter(colors: isatty(STDERR_FILENO) != 0, lineLookup: DiagnosticFormatter.readingFiles())
        let text = diagnostics.map(formatter.format).joined(separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// The number of cores, the default for `--jobs`.
enum ProcessInfoCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
