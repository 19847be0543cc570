import NotebookRuntime

/// A JUnit XML report with one test case per cell (suite = lesson), for CI dashboards.
public struct JUnitReport: Sendable {
    /// A failed test case outside the lessons' cells (a broken link, a stale file).
    public struct TestCase: Hashable, Sendable {
        public var name: String
        public var message: String
    }

    public init() {}

    /// The report: a suite per lesson, then a `site` suite with `extraFailures`.
    public func xml(_ results: [NotebookResult], extraFailures: [TestCase] = []) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        let failures = results.reduce(0) { $0 + $1.cells.filter { !$0.passed }.count } + extraFailures.count
        let tests = results.reduce(0) { $0 + $1.cells.count } + extraFailures.count
        lines.append("<testsuites name=\"notebook check\" tests=\"\(tests)\" failures=\"\(failures)\">")
        for result in results {
            let path = result.notebook.path
            let failed = result.cells.filter { !$0.passed }.count
            lines.append("  <testsuite name=\"\(Escape.attribute(path))\" tests=\"\(result.cells.count)\" failures=\"\(failed)\">")
            for cell in result.cells {
                let name = "cell \(cell.index + 1) (line \(cell.line))"
                let open = "    <testcase classname=\"\(Escape.attribute(path))\" name=\"\(Escape.attribute(name))\""
                switch cell.status {
                case .failed:
                    let message = cell.diagnostics.first { $0.severity == .error }?.message ?? "failed"
                    let details = cell.diagnostics.map(\.description).joined(separator: "\n")
                    lines.append(open + ">")
                    lines.append("      <failure message=\"\(Escape.attribute(message))\">\(Escape.text(details))</failure>")
                    lines.append("    </testcase>")
                case .notRun, .skipped:
                    lines.append(open + "><skipped/></testcase>")
                case .ok, .expectedFailure:
                    lines.append(open + "/>")
                }
            }
            lines.append("  </testsuite>")
        }
        if !extraFailures.isEmpty {
            lines.append("  <testsuite name=\"site\" tests=\"\(extraFailures.count)\" failures=\"\(extraFailures.count)\">")
            for failure in extraFailures {
                lines.append("    <testcase classname=\"site\" name=\"\(Escape.attribute(failure.name))\"><failure message=\"\(Escape.attribute(failure.message))\"/></testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }
}
