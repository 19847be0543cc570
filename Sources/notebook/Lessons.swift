import NotebookKit

/// Finding and parsing lessons for the commands, reporting problems on stderr.
enum Lessons {
    static func find(_ paths: [String], github: Bool = false) throws -> [String] {
        do {
            return try LessonFinder.lessons(in: paths)
        } catch {
            Terminal.report(error.diagnostics, github: github)
            throw LessonFailure()
        }
    }

    /// The parsed lesson, or `nil` after printing why it does not parse.
    static func parse(_ path: String, github: Bool = false) -> Notebook? {
        do {
            return try NotebookParser().parse(fileAt: path)
        } catch {
            Terminal.report(error.diagnostics, github: github)
            return nil
        }
    }
}
