import Foundation
import NotebookRuntime

/// Runs many lessons, `jobs` at a time, answering from the execution cache where it can.
public struct LessonBatch: Sendable {
    /// How one lesson's results were obtained, for the progress line.
    public struct Progress: Sendable {
        public var path: String
        public var cached: Bool
        public var seconds: Double
        public var passed: Bool
    }

    public var runner: NotebookRunner
    public var cache: ExecutionCache?
    public var jobs: Int

    public init(runner: NotebookRunner, cache: ExecutionCache?, jobs: Int) {
        self.runner = runner
        self.cache = cache
        self.jobs = max(1, jobs)
    }

    /// Results in the order of `notebooks`; `progress` is called as each lesson finishes.
    public func run(_ notebooks: [Notebook], progress: @escaping @Sendable (Progress) -> Void) throws -> [NotebookResult] {
        let environment = cache == nil ? nil : try CacheKey.Environment.current(runner.toolchain)
        // Lessons mostly wait on their child process: `jobs` threads of their own, even past
        // the processor count.
        return Parallel.map(notebooks.count, workers: jobs, waiting: true) { index in
            runOne(notebooks[index], environment: environment, progress: progress)
        }
    }

    private func runOne(_ notebook: Notebook, environment: CacheKey.Environment?, progress: @Sendable (Progress) -> Void) -> NotebookResult {
        let start = ChildProcess.now()
        let program = ProgramAssembler().program(for: notebook)  // once, for the key and the run
        let key = environment.map { CacheKey(notebook: notebook, program: program, environment: $0, defaultTimeout: runner.options.defaultTimeout) }
        if let key, let cached = cache?.lookup(key, notebook: notebook) {
            progress(Progress(path: notebook.path, cached: true, seconds: ChildProcess.now() - start, passed: cached.passed))
            return cached
        }
        let store = environment.flatMap { environment in
            cache.flatMap { try? ResultStore(cache: $0, notebook: notebook, environment: environment, defaultTimeout: runner.options.defaultTimeout) }
        }
        let result = runner.run(notebook, program: program, store: store)
        if let key { cache?.store(result, key: key) }
        progress(Progress(path: notebook.path, cached: false, seconds: result.seconds, passed: result.passed))
        return result
    }
}
