import FlyingFox
import Foundation
import Testing
@testable import NotebookServe

@Suite struct PreviewHandlerTests {
    func request(_ path: String, query: [HTTPRequest.QueryItem] = []) -> HTTPRequest {
        HTTPRequest(method: .GET, version: .http11, path: path, query: query, headers: [:], body: Data())
    }

    func handler() throws -> (PreviewHandler, String) {
        let folder = NSTemporaryDirectory() + "/site-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/assets", withIntermediateDirectories: true)
        try "<html><body>index</body></html>".write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
        try "body{}</body>".write(toFile: folder + "/assets/style.css", atomically: true, encoding: .utf8)
        return (PreviewHandler(siteFolder: folder, state: PreviewState()), folder)
    }

    @Test func pathsStayInsideTheSite() {
        #expect(PreviewHandler.relativePath("/") == "index.html")
        #expect(PreviewHandler.relativePath("/01-a.html") == "01-a.html")
        #expect(PreviewHandler.relativePath("/assets/") == "assets/index.html")
        #expect(PreviewHandler.relativePath("/%61.html") == "a.html")
        #expect(PreviewHandler.relativePath("/../etc/passwd") == nil)
        #expect(PreviewHandler.relativePath("/assets/%2E%2E/%2E%2E/x") == nil)
    }

    @Test func htmlGetsTheReloadScriptOtherFilesDoNot() async throws {
        let (handler, folder) = try handler()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        handler.state.publish(problems: nil, wroteSite: true)
        let page = try await handler.handleRequest(request("/"))
        #expect(page.statusCode == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        let html = String(decoding: try await page.bodyData, as: UTF8.self)
        #expect(html.hasPrefix("<html><body>index<script>"))
        #expect(html.contains("var generation=1,"))
        let css = try await handler.handleRequest(request("/assets/style.css"))
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(String(decoding: try await css.bodyData, as: UTF8.self) == "body{}</body>")
        #expect(try await handler.handleRequest(request("/missing.html")).statusCode == .notFound)
        #expect(try await handler.handleRequest(request("/../x")).statusCode == .badRequest)
    }

    @Test func beforeTheFirstBuildPagesSayItIsRunning() async throws {
        let handler = PreviewHandler(siteFolder: "/nonexistent-site", state: PreviewState())
        let page = try await handler.handleRequest(request("/"))
        #expect(page.statusCode == .ok)
        #expect(String(decoding: try await page.bodyData, as: UTF8.self).contains("The first build of the preview is running"))
    }

    @Test func reloadAnswersAtOnceWhenTheGenerationMovedOn() async throws {
        let (handler, folder) = try handler()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        handler.state.publish(problems: "error: x", wroteSite: false)
        let now = try await handler.handleRequest(request("/__reload"))
        #expect(String(decoding: try await now.bodyData, as: UTF8.self) == #"{"generation":1,"problems":"error: x"}"#)
        let old = try await handler.handleRequest(request("/__reload", query: [.init(name: "since", value: "0")]))
        #expect(String(decoding: try await old.bodyData, as: UTF8.self).hasPrefix(#"{"generation":1,"#))
    }
}
