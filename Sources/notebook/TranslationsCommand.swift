import ArgumentParser
import NotebookKit

/// `notebook translations [--mark-current] [FILE...]`: lists the translations and whether
/// their sources' prose changed since they were marked current, or marks them current.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "List the lessons' translations and the source sections changed since each was marked current.",
        discussion: """
            After revising a translation against its source, '--mark-current FILE' records the source's prose as translated \
            (front matter 'source-digests'). After changing code in a lesson, '--sync-cells' copies its cells into its \
            translations (they must hold the same cells; the prose is left alone).
            """)

    @Option(help: "The folder of lessons.")
    var folder: String = "Notebooks"

    @Flag(help: "Record each translation's source prose as translated (all of them when no FILE is given).")
    var markCurrent = false

    @Flag(help: "Copy each source's cells (code and options) into its translations, cell by cell.")
    var syncCells = false

    @Argument(help: "Translations (Notebooks/zh/….md); default: every one.")
    var files: [String] = []

    func run() throws {
        let translations: [Translation]
        do {
            let lessons = try SiteBuilder.lessons(in: folder)
            translations = syncCells ? try Translation.findForSync(in: folder, for: lessons) : try Translation.find(in: folder, for: lessons)
        } catch {
            Terminal.report(error.diagnostics, github: false)
            throw LessonFailure()
        }
        let chosen = files.isEmpty ? translations : translations.filter { files.contains($0.notebook.path) }
        let unknown = files.filter { file in !translations.contains { $0.notebook.path == file } }
        if !unknown.isEmpty {
            throw ValidationError("not a translation of a lesson in \(folder): \(unknown.joined(separator: ", ")) (translations are \(folder)/zh/<lesson>.md)")
        }
        for translation in chosen {
            if syncCells {
                let changed = translation.cellsOutOfSync
                do { try translation.syncCells() } catch {
                    Terminal.report(error.diagnostics, github: false)
                    throw LessonFailure()
                }
                Terminal.write("\(translation.notebook.path): \(changed) cell\(changed == 1 ? "" : "s") copied from \(translation.source.path)\n")
            }
            if markCurrent {
                try translation.markCurrent()
                Terminal.write("\(translation.notebook.path): marked current against \(translation.source.path)\n")
            } else if !syncCells {
                Terminal.write(translation.staleness.map { "\($0)\n" } ?? "\(translation.notebook.path): current\n")
            }
        }
    }
}
