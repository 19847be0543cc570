/// `notebook check` as a library: judges a fresh render of the site against the committed one
/// and returns every problem as a typed value, for the command line, `serve` and tests.
///
/// A check fails when a cell misbehaves, an internal link is broken (``LinkChecker``), the
/// committed site differs from the render (``DriftCheck``), or a lesson still has the summary
/// `notebook new` wrote (``LessonScaffold/unfinishedSummary(_:)``).
public struct Check: Sendable {
    /// A problem with the site as a whole rather than with one cell.
    public enum Problem: Hashable, Sendable {
        case brokenLink(LinkChecker.BrokenLink)
        case stale(DriftCheck.Difference)
        case unfinishedSummary(Diagnostic)

        /// The problem's test case in a JUnit report: a name and a failure message.
        public var testCase: JUnitReport.TestCase {
            switch self {
            case .brokenLink(let link): JUnitReport.TestCase(name: "link \(link.page) → \(link.target)", message: link.reason)
            case .stale(let difference):
                JUnitReport.TestCase(name: "drift \(difference.file)", message: "\(difference.file) \(difference.kind.rawValue) the committed site")
            case .unfinishedSummary(let diagnostic):
                JUnitReport.TestCase(name: "summary \(diagnostic.location?.file ?? "")", message: diagnostic.message)
            }
        }
    }

    /// What a check found.
    public struct Outcome: Sendable {
        public var results: [NotebookResult]
        /// Problems in order: broken links, stale files, unfinished summaries.
        public var problems: [Problem]

        public var passed: Bool { results.allSatisfy(\.passed) && problems.isEmpty }

        public var brokenLinks: [LinkChecker.BrokenLink] { problems.compactMap { if case .brokenLink(let link) = $0 { link } else { nil } } }
        public var staleFiles: [DriftCheck.Difference] { problems.compactMap { if case .stale(let difference) = $0 { difference } else { nil } } }
        public var unfinishedSummaries: [Diagnostic] {
            problems.compactMap { if case .unfinishedSummary(let diagnostic) = $0 { diagnostic } else { nil } }
        }

        /// The closing line: `check: 9 lessons, 120 cells, 0 failed, 0 broken links, 0 stale files: ok`.
        public var summary: String {
            let cells = results.reduce(0) { $0 + $1.cells.count }
            let failed = results.reduce(0) { $0 + $1.cells.count { !$0.passed } }
            return "check: \(results.count) lessons, \(cells) cells, \(failed) failed, \(brokenLinks.count) broken links, "
                + "\(staleFiles.count) stale files: \(passed ? "ok" : "FAILED")"
        }
    }

    /// The folder holding the committed site.
    public var siteFolder: String

    public init(siteFolder: String) { self.siteFolder = siteFolder }

    /// Checks the lessons' `results` and the site rendered from them (`files`, path → contents).
    public func check(results: [NotebookResult], files: [String: String]) -> Outcome {
        let unfinished = results.compactMap { LessonScaffold.unfinishedSummary($0.notebook) }.map(Problem.unfinishedSummary)
        let broken = LinkChecker().check(files).map(Problem.brokenLink)
        let stale = DriftCheck(folder: siteFolder).differences(from: files).map(Problem.stale)
        return Outcome(results: results, problems: broken + stale + unfinished)
    }

    /// Checks a build's outcome.
    public func check(_ site: SiteBuilder.Outcome) -> Outcome {
        check(results: site.results, files: site.files)
    }
}
