import ArgumentParser
import NotebookKit

/// `notebook build [FOLDER] [--output DIR]`: runs every lesson and writes the static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Run the lessons and write the tutorial site.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let outcome = try site.outcome { try $0.build(progress: SiteOptions.progress) }
        Report.failures(outcome.results)
        Terminal.writeError("wrote \(outcome.files.count) files to \(site.output)/\n")
        if !outcome.passed { throw LessonFailure() }
    }
}
