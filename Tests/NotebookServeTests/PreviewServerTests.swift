import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NotebookKit
import Testing
@testable import NotebookServe

/// End to end over HTTP on 127.0.0.1 (an ephemeral port): the first build, pages with the
/// reload script, a rebuild after a lesson changes that re-runs only that lesson, and build
/// errors reported through the reload endpoint.
@Suite(.serialized) struct PreviewServerTests {
    static let first = """
    ---
    title: First
    order: 1
    ---
    # First

    ```swift
    print("first says \\(6 * 7)")
    ```
    """

    static let second = """
    ---
    title: Second
    order: 2
    ---
    # Second

    ```swift
    print("second is stable")
    ```
    """

    func get(_ port: Int, _ path: String) async throws -> (status: Int, body: String) {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The reload endpoint's reply, once `generation` has moved past `since`.
    ///
    /// Bounded by a number of long polls, not by the test's clock: each poll waits on the
    /// server's side (`LiveReload.longPollSeconds`) while the build runs on the server's own
    /// thread, so a test resumed late by a busy test pool does not count its own waiting
    /// against the build. 60 polls are ten minutes of server time: a hang, not a slow machine.
    func generation(after since: Int, port: Int) async throws -> (generation: Int, problems: String?) {
        for _ in 0..<60 {
            let body = try await get(port, "/__reload?since=\(since)").body
            let reply = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let generation = try #require(reply["generation"] as? Int)
            if generation > since { return (generation, reply["problems"] as? String) }
        }
        Issue.record("no build finished after generation \(since) in 60 long polls")
        return (since, nil)
    }

    @Test func servesRebuildsAndReportsProblems() async throws {
        let root = NSTemporaryDirectory() + "/serve-" + UUID().uuidString
        let lessons = root + "/Notebooks"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.first.write(toFile: lessons + "/01-first.md", atomically: true, encoding: .utf8)
        try Self.second.write(toFile: lessons + "/02-second.md", atomically: true, encoding: .utf8)

        var configuration = SiteBuilder.Configuration()
        configuration.lessonsFolder = lessons
        configuration.cacheFolder = root + "/cache"
        configuration.jobs = 2
        let builder = SiteBuilder(configuration: configuration, runner: NotebookRunner(toolchain: try Toolchain.locate()))
        var serverConfiguration = PreviewServer.Configuration()
        serverConfiguration.port = 0
        serverConfiguration.pollInterval = 0.1
        let log = Locked("")  // what the server logged, to check what each rebuild ran
        let server = try PreviewServer(builder: builder, configuration: serverConfiguration) { text in log.withLock { $0 += text } }
        let port = server.start()
        #expect(port > 0)

        let built = try await generation(after: 0, port: port)
        #expect(built.problems == nil)
        #expect(!server.siteFolder.hasPrefix(lessons) && !FileManager.default.fileExists(atPath: root + "/Site"))
        let index = try await get(port, "/")
        #expect(index.status == 200)
        #expect(index.body.contains("First") && index.body.contains("Second"))
        #expect(index.body.contains("var generation=\(built.generation),"))
        let page = try await get(port, "/01-first.html")
        #expect(page.body.contains("first says 42"))
        // The built files themselves carry no reload script.
        let onDisk = try String(contentsOfFile: server.siteFolder + "/01-first.html", encoding: .utf8)
        #expect(!onDisk.contains("__reload"))

        // Edit one lesson: the page changes, and only that lesson runs again.
        let logBefore = log.value.count
        try Self.first.replacingOccurrences(of: "6 * 7", with: "6 * 8").write(toFile: lessons + "/01-first.md", atomically: true, encoding: .utf8)
        let rebuilt = try await generation(after: built.generation, port: port)
        #expect(rebuilt.problems == nil)
        #expect(try await get(port, "/01-first.html").body.contains("first says 48"))
        let rebuildLog = String(log.value.dropFirst(logBefore))
        #expect(rebuildLog.contains("ran    \(lessons)/01-first.md"))
        #expect(rebuildLog.contains("cached \(lessons)/02-second.md"))

        // Break it: the reload endpoint carries the error for the overlay; the old page stays.
        try Self.first.replacingOccurrences(of: "```swift\n", with: "```swift no-such-option\n").write(toFile: lessons + "/01-first.md", atomically: true, encoding: .utf8)
        let broken = try await generation(after: rebuilt.generation, port: port)
        #expect(broken.problems?.contains("unknown cell option 'no-such-option'") == true)
        #expect(try await get(port, "/01-first.html").body.contains("first says 48"))
        #expect(log.value.contains("unknown cell option 'no-such-option'"))

        server.stop()
        #expect(!FileManager.default.fileExists(atPath: server.siteFolder))
    }
}
