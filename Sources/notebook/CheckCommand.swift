import ArgumentParser
import Foundation
import NotebookKit

/// `notebook check`: runs the lessons and fails when a cell misbehaves, a link is broken, or
/// the committed site differs from a fresh render.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Verify the lessons run and the committed site is current.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Write a JUnit XML report (one test case per cell) to this file.")
    var junit: String?

    func run() throws {
        let builder = try site.builder()
        let outcome: SiteBuilder.Outcome
        do {
            outcome = try builder.render(progress: SiteOptions.progress)
        } catch let error as DiagnosticError {
            Terminal.report(error.diagnostics)
            throw LessonFailure()
        }
        Report.failures(outcome.results)
        let broken = LinkChecker().check(outcome.files)
        for link in broken { Terminal.writeError("error: \(link)\n") }
        let drift = DriftCheck(folder: site.output).differences(from: outcome.files)
        if !drift.isEmpty {
            for difference in drift { Terminal.writeError("error: \(site.output)/\(difference)\n") }
            Terminal.writeError("note: the site is stale; refresh it with 'make site' (or '.build/release/notebook build') and commit \(site.output)/\n")
        }
        if let junit {
            let extra = broken.map { (name: "link \($0.page) → \($0.target)", message: $0.reason) }
                + drift.map { (name: "drift \($0.file)", message: "\($0.file) \($0.kind.rawValue) the committed site") }
            try JUnitReport().xml(outcome.results, extraFailures: extra).write(toFile: junit, atomically: true, encoding: .utf8)
        }
        let cells = outcome.results.reduce(0) { $0 + $1.cells.count }
        let failed = outcome.results.reduce(0) { $0 + $1.cells.filter { !$0.passed }.count }
        let ok = outcome.passed && broken.isEmpty && drift.isEmpty
        Terminal.writeError("check: \(outcome.results.count) lessons, \(cells) cells, \(failed) failed, \(broken.count) broken links, \(drift.count) stale files: \(ok ? "ok" : "FAILED")\n")
        if !ok { throw LessonFailure() }
    }
}
