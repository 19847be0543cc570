import Foundation
import NotebookKit

/// `notebook serve`: a preview of the site on 127.0.0.1 that rebuilds when a lesson or the
/// engine library changes and reloads the open pages.
///
/// The site is built into a temporary folder (never `Site/`). A thread polls the lessons and
/// the engine library every `pollInterval` seconds; after a change (once two polls agree, so a
/// file being written is not read half-way) it rebuilds through `SiteBuilder`, whose execution
/// cache re-runs only the lessons whose cells, or the engine, changed. Each finished build
/// moves the generation on, and pages waiting on `/__reload` reload (see `LiveReload`).
public final class PreviewServer: Sendable {
    public struct Configuration: Sendable {
        /// 0 picks a free port (tests); see `port` once started.
        public var port: UInt16 = 8000
        public var pollInterval: Double = 0.5

        public init() {}
    }

    public typealias Log = @Sendable (String) -> Void

    let builder: SiteBuilder
    let configuration: Configuration
    let watcher: ChangeWatcher
    let workspace: String
    let state = PreviewState()
    /// The listener on 127.0.0.1, answering through `PreviewHandler`.
    let http: HTTPListener
    private let log: Log

    /// - Parameters:
    ///   - builder: builds the site; its output folder is replaced by a temporary one.
    ///   - log: where build progress and problems are written (the terminal).
    public init(builder: SiteBuilder, configuration: Configuration = Configuration(), log: @escaping Log) throws {
        workspace = try Self.temporaryFolder()
        var builder = builder
        builder.configuration.outputFolder = workspace + "/site"
        self.builder = builder
        self.configuration = configuration
        self.log = log
        watcher = ChangeWatcher(lessonsFolder: builder.configuration.lessonsFolder, files: [builder.runner.toolchain.libraryPath])
        let handler = PreviewHandler(siteFolder: builder.configuration.outputFolder, state: state)
        do {
            http = try HTTPListener(port: configuration.port) { handler.respond(to: $0) }
        } catch {
            try? FileManager.default.removeItem(atPath: workspace)
            throw error
        }
    }

    /// The folder the site is built into while the server runs.
    public var siteFolder: String { builder.configuration.outputFolder }

    /// The number of builds finished so far.
    public var generation: Int { state.snapshot.generation }

    /// Starts answering and watching (the first build starts at once, in the background).
    /// - Returns: the port it listens on.
    public func start() -> Int {
        http.start()
        let thread = Thread { [self] in watch() }
        thread.name = "notebook-serve-watcher"
        thread.start()
        return http.port
    }

    /// Stops the server and the watcher, and removes the temporary folder.
    public func stop() {
        state.stop()
        http.stop()
        try? FileManager.default.removeItem(atPath: workspace)
    }

    /// The watcher thread: build once, then rebuild after each settled change.
    private func watch() {
        var seen = watcher.snapshot()
        rebuild(reason: "first build")
        var pending: [String: FileStamp]?
        while !state.isStopped {
            Thread.sleep(forTimeInterval: configuration.pollInterval)
            let now = watcher.snapshot()
            if now == seen { pending = nil; continue }
            guard now == pending else { pending = now; continue }
            let changed = ChangeWatcher.changes(from: seen, to: now)
            seen = now
            pending = nil
            rebuild(reason: "changed: " + changed.joined(separator: ", "))
        }
    }

    private func rebuild(reason: String) {
        guard !state.isStopped else { return }
        log("serve: \(reason); building\n")
        let log = self.log
        let outcome = PreviewBuild(builder: builder).run { log("\($0)\n") }
        if let problems = outcome.problems { log(problems) }
        state.publish(problems: outcome.problems, wroteSite: outcome.wroteSite)
        log("serve: build \(state.snapshot.generation) \(outcome.problems == nil ? "done" : "has problems (shown on the page too)")\n")
    }

    /// The prefix of the server's temporary folder, `notebook-serve-<pid>-<random>`: named with
    /// the process id like the runner's own, so the next server removes the folder of one that
    /// was killed before it could (only folders of that shape whose process is gone).
    static let temporaryPrefix = "notebook-serve-"

    private static func temporaryFolder() throws -> String {
        try FileSystem.ownedTemporaryDirectory(prefix: temporaryPrefix)
    }
}
