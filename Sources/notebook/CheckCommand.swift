import ArgumentParser
import Foundation
import NotebookKit

/// `notebook check`: runs the lessons and fails when a cell misbehaves, a link is broken, the
/// committed site differs from a fresh render, or a lesson still has the placeholder summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Verify the lessons run and the committed site is current.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, github
    }

    @OptionGroup var site: SiteOptions

    @Option(help: "Write a JUnit XML report (one test case per cell) to this file.")
    var junit: String?

    @Option(help: "text: problems on stderr; github: also GitHub Actions annotations on stdout.")
    var format: OutputFormat = .text

    func run() throws {
        let github = format == .github
        let outcome = try site.outcome(github: github) { try $0.render(progress: SiteOptions.progress) }
        Report.failures(outcome.results)
        let annotations = GitHubAnnotations()
        if github { for result in outcome.results { for line in annotations.annotations(for: result) { Terminal.write(line + "\n") } } }
        let unfinished = outcome.results.compactMap { LessonScaffold.unfinishedSummary($0.notebook) }
        Terminal.report(unfinished, github: github)
        let broken = LinkChecker().check(outcome.files)
        for link in broken {
            Terminal.writeError("error: \(link)\n")
            if github { Terminal.write(annotations.annotation(.error, "broken link to \(link.target): \(link.reason)", file: "\(site.output)/\(link.page)") + "\n") }
        }
        let drift = DriftCheck(folder: site.output).differences(from: outcome.files)
        if !drift.isEmpty {
            let refresh = "refresh it with 'make site' (or '.build/release/notebook build') and commit \(site.output)/"
            for difference in drift {
                Terminal.writeError("error: \(site.output)/\(difference)\n")
                if github { Terminal.write(annotations.annotation(.error, "\(difference); \(refresh)", file: "\(site.output)/\(difference.file)") + "\n") }
            }
            Terminal.writeError("note: the site is stale; \(refresh)\n")
        }
        if let junit {
            let extra = broken.map { (name: "link \($0.page) → \($0.target)", message: $0.reason) }
                + drift.map { (name: "drift \($0.file)", message: "\($0.file) \($0.kind.rawValue) the committed site") }
                + unfinished.map { (name: "summary \($0.location?.file ?? "")", message: $0.message) }
            try JUnitReport().xml(outcome.results, extraFailures: extra).write(toFile: junit, atomically: true, encoding: .utf8)
        }
        let cells = outcome.results.reduce(0) { $0 + $1.cells.count }
        let failed = outcome.results.reduce(0) { $0 + $1.cells.filter { !$0.passed }.count }
        let ok = outcome.passed && broken.isEmpty && drift.isEmpty && unfinished.isEmpty
        Terminal.writeError("check: \(outcome.results.count) lessons, \(cells) cells, \(failed) failed, \(broken.count) broken links, \(drift.count) stale files: \(ok ? "ok" : "FAILED")\n")
        if !ok { throw LessonFailure() }
    }
}
