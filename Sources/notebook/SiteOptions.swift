import ArgumentParser
import NotebookKit

/// Options shared by the commands that build the site from a folder of lessons.
struct LessonsOptions: ParsableArguments {
    @Argument(help: "The folder of lessons.")
    var folder: String = "Notebooks"

    // Unconditional, so `--jobs -3` reaches `validate()` rather than reading as an option.
    @Option(parsing: .unconditional, help: "Lessons run at once, at least 1 (default: the number of cores).")
    var jobs: Int = ProcessInfoCores.count

    @Flag(help: "Run every lesson, ignoring the execution cache.")
    var noCache = false

    @OptionGroup var engine: EngineOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func builder(output: String) throws -> SiteBuilder {
        var configuration = SiteBuilder.Configuration()
        configuration.lessonsFolder = folder
        configuration.outputFolder = output
        configuration.jobs = jobs
        if noCache { configuration.cacheFolder = nil }
        return SiteBuilder(configuration: configuration, runner: NotebookRunner(toolchain: try engine.toolchain()))
    }
}

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @OptionGroup var lessons: LessonsOptions

    @Option(name: .shortAndLong, help: "The site folder.")
    var output: String = "Site"

    func builder() throws -> SiteBuilder { try lessons.builder(output: output) }

    /// Runs `body` with the builder; diagnostics that stop a build are printed (as GitHub
    /// annotations too when `github`) and become exit status 1.
    func outcome(github: Bool = false, _ body: (SiteBuilder) throws -> SiteBuilder.Outcome) throws -> SiteBuilder.Outcome {
        let builder = try builder()
        do {
            return try body(builder)
        } catch let error as DiagnosticError {
            Terminal.report(error.diagnostics, github: github)
            throw LessonFailure()
        }
    }

    /// One line per lesson as it finishes: name, cached or ran, seconds.
    static func progress(_ progress: LessonBatch.Progress) {
        Terminal.writeError("\(progress)\n")
    }
}
