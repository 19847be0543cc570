import Foundation
import NotebookKit

/// Answers the preview server's requests: `/__reload` for the live-reload script, and every
/// other path from the built site's folder, HTML pages with the reload script injected.
/// Runs on the connection's own thread (see `HTTPListener`), so waiting blocks only that one.
struct PreviewHandler: Sendable {
    var siteFolder: String
    var state: PreviewState

    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else { return .text(.methodNotAllowed, "only GET") }
        if request.path == LiveReload.path { return reload(since: request.query["since"].flatMap { Int($0) }) }
        return file(request.path)
    }

    /// The current generation, at once or after waiting for the next build (see `LiveReload`).
    func reload(since: Int?) -> HTTPResponse {
        var snapshot = state.snapshot
        if let since, since == snapshot.generation {
            let deadline = Date().addingTimeInterval(LiveReload.longPollSeconds)
            while snapshot.generation == since, Date() < deadline, !state.isStopped {
                Thread.sleep(forTimeInterval: 0.1)
                snapshot = state.snapshot
            }
        }
        let reply = LiveReload.Reply(generation: snapshot.generation, problems: snapshot.problems)
        return HTTPResponse(status: .ok, type: .json, body: reply.json())
    }

    /// A file of the site; `/` is `index.html`.
    func file(_ requestPath: String) -> HTTPResponse {
        let snapshot = state.snapshot
        guard let relative = Self.relativePath(requestPath) else {
            return page(.badRequest, "Bad request", "That path cannot name a file of the site.", snapshot)
        }
        let path = siteFolder + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else {
            if !snapshot.hasSite { return page(.ok, "Building…", "The first build of the preview is running; this page reloads when it is done.", snapshot) }
            return page(.notFound, "Not found", "No file \(relative) in the preview site.", snapshot)
        }
        let type = ContentType(pathExtension: (relative as NSString).pathExtension)
        guard type == .html else { return HTTPResponse(status: .ok, type: type, body: data) }
        let html = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: snapshot.generation)
        return HTTPResponse(status: .ok, type: .html, body: Data(html.utf8))
    }

    /// A small page of the server's own (placeholder, not found), live-reloading like the rest.
    private func page(_ status: HTTPStatus, _ title: String, _ text: String, _ snapshot: PreviewState.Snapshot) -> HTTPResponse {
        let document = HTML.element("html", ["lang": "en"], [
            .element("head", [:], [.element("meta", ["charset": "utf-8"]), .element("title", [:], text: title)]),
            .element("body", [:], [
                .element("h1", [:], text: title), .element("p", [:], text: text),
                .element("p", [:], [.element("a", ["href": "/"], text: "Index")]),
            ]),
        ])
        let html = "<!doctype html>\n" + document.markup + "\n"
        return HTTPResponse(status: status, type: .html, body: Data(LiveReload.inject(into: html, generation: snapshot.generation).utf8))
    }

    /// The request path as a path inside the site, or `nil` when it would leave it.
    static func relativePath(_ requestPath: String) -> String? {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return nil }
        return parts.isEmpty || decoded.hasSuffix("/") ? (parts + ["index.html"]).joined(separator: "/") : parts.joined(separator: "/")
    }
}
