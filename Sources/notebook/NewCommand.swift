import ArgumentParser
import NotebookKit

/// `notebook new "Title"`: starts a lesson, placed last, with a first cell that runs.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Write a new lesson, last in the order, with front matter and a first cell.")

    @Argument(help: "The lesson's title.")
    var title: String

    @Option(help: "The folder of lessons.")
    var folder: String = "Notebooks"

    func run() throws {
        do {
            let path = try LessonScaffold(folder: folder).create(title: title)
            Terminal.write("wrote \(path)\n")
            Terminal.writeError("next: replace its summary, then preview it with 'notebook serve' (or run it with 'notebook run \(path)')\n")
        } catch {
            Terminal.report(error.diagnostics)
            throw LessonFailure()
        }
    }
}
