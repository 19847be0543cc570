/// Builds the tutorial site: parse every lesson in a folder, run them (cache and jobs), render,
/// and write the output folder atomically.
public struct SiteBuilder: Sendable {
    public struct Configuration: Sendable {
        public var lessonsFolder: String = "Notebooks"
        public var outputFolder: String = "Site"
        public var title: String = "Large models in active learning"
        public var jobs: Int = 2
        /// `nil` turns the execution cache off.
        public var cacheFolder: String? = ".cache/notebook"

        public init() {}
    }

    /// Everything a build found out.
    public struct Outcome: Sendable {
        /// One per lesson, of its program: its cells and its own and its translations' inline expressions.
        public var results: [NotebookResult]
        public var translations: [Translation] = []
        public var files: [String: String]
        public var passed: Bool { results.allSatisfy(\.passed) }
    }

    public var configuration: Configuration
    public var runner: NotebookRunner

    public init(configuration: Configuration, runner: NotebookRunner) {
        self.configuration = configuration
        self.runner = runner
    }

    /// Parses the lessons in order; parse errors stop the build with their diagnostics.
    public func lessons() throws(DiagnosticError) -> [Notebook] {
        try Self.lessons(in: configuration.lessonsFolder)
    }

    /// The lessons of `folder`, parsed, in order.
    public static func lessons(in folder: String) throws(DiagnosticError) -> [Notebook] {
        let paths = try LessonFinder.lessons(in: [folder])
        var notebooks: [Notebook] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            do { notebooks.append(try NotebookParser().parse(fileAt: path)) } catch { diagnostics += error.diagnostics }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return LessonFinder.ordered(notebooks)
    }

    /// The translations of `notebooks` (`Notebooks/zh/…`), checked against them; problems stop the build.
    public func translations(of notebooks: [Notebook]) throws(DiagnosticError) -> [Translation] {
        try Translation.find(in: configuration.lessonsFolder, for: notebooks)
    }

    /// Runs and renders every lesson, in memory. A lesson and its translations run as one
    /// program (``Translation/program(for:with:)``), whose results both pages show.
    public func render(progress: @escaping @Sendable (LessonBatch.Progress) -> Void) throws -> Outcome {
        let notebooks = try lessons()
        let translations = try translations(of: notebooks)
        let programs = notebooks.map { source in Translation.program(for: source, with: translations.filter { $0.source.path == source.path }) }
        let batch = LessonBatch(runner: runner, cache: configuration.cacheFolder.map(ExecutionCache.init), jobs: configuration.jobs)
        let results = try batch.run(programs, progress: progress)
        var site = Site(title: configuration.title, lessons: zip(notebooks, results).map { Site.Lesson(notebook: $0, result: Translation.sourceResult($1, source: $0)) })
        for (source, result) in zip(notebooks, results) {
            for translation in translations where translation.source.path == source.path {
                site.translations[translation.language, default: []].append(Site.Lesson(notebook: translation.notebook, result: translation.result(from: result)))
            }
        }
        return Outcome(results: results, translations: translations, files: try SiteRenderer().render(site))
    }

    /// Renders, then replaces the output folder with the new files in one step. The output
    /// folder is checked first (see `OutputFolder`): nothing is run or touched when it is not
    /// one a build may replace.
    public func build(progress: @escaping @Sendable (LessonBatch.Progress) -> Void) throws -> Outcome {
        let output = try outputFolder()
        let lock = try BuildLock(for: output.path)
        defer { lock.release() }
        let outcome = try render(progress: progress)
        try AtomicFolder(path: try outputFolder().path).replace(with: outcome.files)
        return outcome
    }

    /// The output folder, checked against the lessons and the cache it must not replace.
    func outputFolder() throws(DiagnosticError) -> OutputFolder {
        try OutputFolder(configuration.outputFolder, protecting: [configuration.lessonsFolder] + [configuration.cacheFolder].compactMap { $0 })
    }
}
