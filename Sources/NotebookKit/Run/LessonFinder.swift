/// Turns the paths given on the command line into lesson files: a file stands for itself, a
/// folder for the `.md` files directly in it.
public enum LessonFinder {
    /// - Throws: `DiagnosticError` for a path that does not exist or a folder without lessons.
    public static func lessons(in paths: [String]) throws(DiagnosticError) -> [String] {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            if FileSystem.isDirectory(path) {
                let found = (try? FileSystem.files(in: path, suffix: ".md")) ?? []
                if found.isEmpty { diagnostics.append(.error("no lessons (.md files) in folder \(path)")) }
                files += found
            } else if FileSystem.exists(path) {
                files.append(path)
            } else {
                diagnostics.append(.error("no such file or folder: \(path)"))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return files
    }

    /// Lessons in reading order: front matter `order` ascending, then by path.
    public static func ordered(_ notebooks: [Notebook]) -> [Notebook] {
        notebooks.sorted { a, b in
            switch (a.frontMatter.order, b.frontMatter.order) {
            case let (x?, y?) where x != y: x < y
            case (_?, nil): true
            case (nil, _?): false
            default: a.path < b.path
            }
        }
    }
}
