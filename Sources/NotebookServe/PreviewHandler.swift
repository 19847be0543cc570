import FlyingFox
import Foundation
import NotebookKit

/// Answers the preview server's requests: `/__reload` for the live-reload script, and every
/// other path from the built site's folder, HTML pages with the reload script injected.
struct PreviewHandler: HTTPHandler {
    var siteFolder: String
    var state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.response(.methodNotAllowed, type: "text/plain; charset=utf-8", body: Data("only GET\n".utf8))
        }
        if request.path == LiveReload.path {
            return await reload(since: request.query.first { $0.name == "since" }.flatMap { Int($0.value) })
        }
        return file(request.path)
    }

    /// The current generation, at once or after waiting for the next build (see `LiveReload`).
    func reload(since: Int?) async -> HTTPResponse {
        var snapshot = state.snapshot
        if let since, since == snapshot.generation {
            let deadline = Date().addingTimeInterval(LiveReload.longPollSeconds)
            while snapshot.generation == since, Date() < deadline, !state.isStopped {
                try? await Task.sleep(nanoseconds: 100_000_000)
                snapshot = state.snapshot
            }
        }
        let reply = LiveReload.Reply(generation: snapshot.generation, problems: snapshot.problems)
        return Self.response(.ok, type: "application/json", body: reply.json())
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
        let type = Self.contentType(of: relative)
        guard type.hasPrefix("text/html") else { return Self.response(.ok, type: type, body: data) }
        let html = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: snapshot.generation)
        return Self.response(.ok, type: type, body: Data(html.utf8))
    }

    /// A small page of the server's own (placeholder, not found), live-reloading like the rest.
    private func page(_ status: HTTPStatusCode, _ title: String, _ text: String, _ snapshot: PreviewState.Snapshot) -> HTTPResponse {
        let document = HTML.element("html", ["lang": "en"], [
            .element("head", [:], [.element("meta", ["charset": "utf-8"]), .element("title", [:], text: title)]),
            .element("body", [:], [
                .element("h1", [:], text: title), .element("p", [:], text: text),
                .element("p", [:], [.element("a", ["href": "/"], text: "Index")]),
            ]),
        ])
        let html = "<!doctype html>\n" + document.markup + "\n"
        return Self.response(status, type: "text/html; charset=utf-8", body: Data(LiveReload.inject(into: html, generation: snapshot.generation).utf8))
    }

    /// The request path as a path inside the site, or `nil` when it would leave it.
    static func relativePath(_ requestPath: String) -> String? {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return nil }
        return parts.isEmpty || decoded.hasSuffix("/") ? (parts + ["index.html"]).joined(separator: "/") : parts.joined(separator: "/")
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "png": "image/png"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    static func response(_ status: HTTPStatusCode, type: String, body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}
