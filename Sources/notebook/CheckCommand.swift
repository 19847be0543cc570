import ArgumentParser
import Foundation
import NotebookKit

/// `notebook check`: runs the lessons and fails when a cell misbehaves, a link is broken, the
/// committed site differs from a fresh render, or a lesson still has the placeholder summary
/// (the judging is NotebookKit's `Check`; this prints what it found).
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

    @Flag(help: "Fail when a translation's source prose changed since it was marked current (by default a warning).")
    var strictTranslations = false

    func run() throws {
        let github = format == .github
        let rendered = try site.outcome(github: github) { try $0.render(progress: SiteOptions.progress) }
        let outcome = Check(siteFolder: site.output, strictTranslations: strictTranslations).check(rendered)
        Report.failures(outcome.results)
        if github { for result in outcome.results { for line in GitHubAnnotations().annotations(for: result) { Terminal.write(line + "\n") } } }
        Terminal.report(outcome.unfinishedSummaries, github: github)
        if !outcome.staleTranslations.isEmpty {
            Terminal.report(outcome.staleTranslations.map { strictTranslations ? $0.error : $0.diagnostic }, github: github)
        }
        for link in outcome.brokenLinks {
            report("\(link)", annotation: "broken link to \(link.target): \(link.reason)", file: link.page, github: github)
        }
        let refresh = "refresh it with 'make site' (or '.build/release/notebook build') and commit \(site.output)/"
        for difference in outcome.staleFiles {
            report("\(site.output)/\(difference)", annotation: "\(difference); \(refresh)", file: difference.file, github: github)
        }
        if !outcome.staleFiles.isEmpty { Terminal.writeError("note: the site is stale; \(refresh)\n") }
        if let junit {
            let xml = JUnitReport().xml(outcome.results, extraFailures: outcome.problems.map(\.testCase)
                                       + (strictTranslations ? outcome.staleTranslations.map(\.testCase) : []))
            try xml.write(toFile: junit, atomically: true, encoding: .utf8)
        }
        Terminal.writeError(outcome.summary + "\n")
        if !outcome.passed { throw LessonFailure() }
    }

    /// An error line on stderr and, for `github`, an annotation on the site file `file`.
    private func report(_ error: String, annotation: String, file: String, github: Bool) {
        Terminal.writeError("error: \(error)\n")
        if github { Terminal.write(GitHubAnnotations().annotation(.error, annotation, file: "\(site.output)/\(file)") + "\n") }
    }
}
