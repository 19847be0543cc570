import NotebookKit

/// Finding and parsing lessons for the commands, reporting problems on stderr.
enum Lessons {
    static func find(_ paths: [String]) throws -> [String] {
        do {
            return try LessonFinder.lessons(in: paths)
        } catch {
            Terminal.report(error.diagnostics)
            throw LessonFailure()
        }
    }

    /// The parsed lesson, or `nil` after printing why it does not parse.
    static func parse(_ path: String) -> Notebook? {
        do {
            return try NotebookParser().parse(fileAt: path)
        } catch {
            Terminal.report(error.diagnostics)
            return nil
        }
    }
}
