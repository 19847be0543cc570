/// `notebook check` as a library: judges a fresh render of the site against the committed one
/// and returns every problem as a typed value, for the command line, `serve` and tests.
///
/// A check fails when a cell misbehaves, an internal link is broken (``LinkChecker``), the
/// committed site differs from the render (``DriftCheck``), or a lesson still has the summary
/// `notebook new` wrote (``LessonScaffold/unfinishedSummary(_:)``). A translation whose
/// source's prose changed since it was marked current (``Staleness``) is a warning, and fails
/// the check only when `strictTranslations` is set (`--strict-translations`): an edit to an
/// English paragraph should not block its author on a language they may not write, while
/// the cells, which could mislead, cannot drift at all (parity is an error).
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
        /// Translations whose source's prose changed since they were marked current.
        public var staleTranslations: [Staleness] = []
        public var translationCount = 0
        /// Whether stale translations fail the check.
        public var strictTranslations = false

        public var passed: Bool { results.allSatisfy(\.passed) && problems.isEmpty && (!strictTranslations || staleTranslations.isEmpty) }

        public var brokenLinks: [LinkChecker.BrokenLink] { problems.compactMap { if case .brokenLink(let link) = $0 { link } else { nil } } }
        public var staleFiles: [DriftCheck.Difference] { problems.compactMap { if case .stale(let difference) = $0 { difference } else { nil } } }
        public var unfinishedSummaries: [Diagnostic] {
            problems.compactMap { if case .unfinishedSummary(let diagnostic) = $0 { diagnostic } else { nil } }
        }

        /// The closing line: `check: 9 lessons, 120 cells, 0 failed, 0 broken links, 0 stale files: ok`.
        public var summary: String {
            let cells = results.reduce(0) { $0 + $1.cells.count }
            let failed = results.reduce(0) { $0 + $1.cells.count { !$0.passed } }
            let translations = translationCount == 0 ? "" : ", \(staleTranslations.count) of \(translationCount) translations stale"
            return "check: \(results.count) lessons, \(cells) cells, \(failed) failed, \(brokenLinks.count) broken links, "
                + "\(staleFiles.count) stale files\(translations): \(passed ? "ok" : "FAILED")"
        }
    }

    /// The folder holding the committed site.
    public var siteFolder: String
    public var strictTranslations: Bool

    public init(siteFolder: String, strictTranslations: Bool = false) {
        self.siteFolder = siteFolder
        self.strictTranslations = strictTranslations
    }

    /// Checks the lessons' `results`, the site rendered from them (`files`, path → contents)
    /// and whether the `translations` are current.
    public func check(results: [NotebookResult], files: [String: String], translations: [Translation] = []) -> Outcome {
        let unfinished = results.compactMap { LessonScaffold.unfinishedSummary($0.notebook) }.map(Problem.unfinishedSummary)
        let broken = LinkChecker().check(files).map(Problem.brokenLink)
        let stale = DriftCheck(folder: siteFolder).differences(from: files).map(Problem.stale)
        var outcome = Outcome(results: results, problems: broken + stale + unfinished)
        outcome.staleTranslations = translations.compactMap(\.staleness)
        outcome.translationCount = translations.count
        outcome.strictTranslations = strictTranslations
        return outcome
    }

    /// Checks a build's outcome.
    public func check(_ site: SiteBuilder.Outcome) -> Outcome {
        check(results: site.results, files: site.files, translations: site.translations)
    }
}
