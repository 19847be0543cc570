import ArgumentParser
import NotebookKit

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The folder of lessons.")
    var folder: String = "Notebooks"

    @Option(name: .shortAndLong, help: "The site folder.")
    var output: String = "Site"

    @Option(help: "Lessons run at once (default: the number of cores).")
    var jobs: Int = ProcessInfoCores.count

    @Flag(help: "Run every lesson, ignoring the execution cache.")
    var noCache = false

    @OptionGroup var engine: EngineOptions

    func builder() throws -> SiteBuilder {
        var configuration = SiteBuilder.Configuration()
        configuration.lessonsFolder = folder
        configuration.outputFolder = output
        configuration.jobs = jobs
        if noCache { configuration.cacheFolder = nil }
        return SiteBuilder(configuration: configuration, runner: NotebookRunner(toolchain: try engine.toolchain()))
    }

    /// One line per lesson as it finishes: name, cached or ran, seconds.
    static func progress(_ progress: LessonBatch.Progress) {
        let state = progress.cached ? "cached" : (progress.passed ? "ran   " : "FAILED")
        Terminal.writeError("  \(state) \(progress.path) \(Terminal.seconds(progress.seconds))\n")
    }
}
