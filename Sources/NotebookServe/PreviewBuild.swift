import NotebookKit

/// One build of the preview site: runs the `SiteBuilder` (its execution cache means only
/// lessons whose cells, or the engine, changed are run again) and describes what went wrong,
/// once, for both the terminal and the overlay on the page.
struct PreviewBuild: Sendable {
    struct Outcome: Sendable {
        /// Parse errors and the transcripts of failing lessons; `nil` when the build is clean.
        var problems: String?
        var wroteSite: Bool
    }

    var builder: SiteBuilder

    func run(progress: @escaping @Sendable (LessonBatch.Progress) -> Void) -> Outcome {
        do {
            let outcome = try builder.build(progress: progress)
            let failing = outcome.results.filter { !$0.passed }.map { Transcript(colors: false).format($0) }
            return Outcome(problems: failing.isEmpty ? nil : failing.joined(separator: "\n"), wroteSite: true)
        } catch let error as DiagnosticError {
            let formatter = DiagnosticFormatter(colors: false, lineLookup: DiagnosticFormatter.readingFiles())
            return Outcome(problems: error.diagnostics.map(formatter.format).joined(separator: "\n") + "\n", wroteSite: false)
        } catch {
            return Outcome(problems: "error: the build failed: \(error)\n", wroteSite: false)
        }
    }
}
