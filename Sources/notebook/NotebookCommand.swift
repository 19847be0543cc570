import ArgumentParser
import Foundation

/// `notebook`: run Markdown lessons of Swift cells and build the tutorial site.
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Runs Markdown lessons of Swift cells like a notebook, and builds the tutorial site.",
        subcommands: [RunCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ExportCommand.self, TranslationsCommand.self])

    /// Exit statuses: 0 when every cell behaved as expected, 1 otherwise, 2 for usage errors.
    static func mainExitingWithStatus() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as LessonFailure {
            Foundation.exit(failure.status)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || code.rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Thrown by a subcommand that has already printed its report and only needs to set the status.
struct LessonFailure: Error {
    var status: Int32 = 1
}
