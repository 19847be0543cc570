import ArgumentParser
import Foundation
import NotebookKit

/// `notebook export --ipynb FILE [--output PATH]` (or `--markdown`): a lesson with its outputs,
/// as a Jupyter notebook or as Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Run a lesson and write it with its outputs as a Jupyter notebook or Markdown.")

    enum Format: String, EnumerableFlag {
        case ipynb, markdown

        static func help(for value: Format) -> ArgumentHelp? {
            switch value {
            case .ipynb: "A Jupyter notebook (nbformat 4.5)."
            case .markdown: "The lesson with its outputs inline after each cell."
            }
        }
    }

    @Flag var format: Format

    @Argument(help: "The lesson (.md).")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write (default: standard output).")
    var output: String?

    @Flag(help: "Run the lesson, ignoring the execution cache.")
    var noCache = false

    @OptionGroup var engine: EngineOptions

    func run() throws {
        guard let notebook = Lessons.parse(file) else { throw LessonFailure() }
        let cache = noCache ? nil : SiteBuilder.Configuration().cacheFolder.map(ExecutionCache.init)
        let batch = LessonBatch(runner: NotebookRunner(toolchain: try engine.toolchain()), cache: cache, jobs: 1)
        guard let result = try batch.run([notebook], progress: { _ in }).first else { throw LessonFailure() }
        let text = switch format {
        case .ipynb: JupyterExporter().export(result)
        case .markdown: MarkdownExporter().export(result)
        }
        if let output {
            try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            Terminal.writeError("wrote \(output)\n")
        } else {
            Terminal.write(text)
        }
        Report.failures([result])
        if !result.passed { throw LessonFailure() }
    }
}
