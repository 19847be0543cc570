import Foundation
import Testing
@testable import NotebookServe

@Suite struct PreviewHandlerTests {
    func request(_ path: String, query: [String: String] = [:]) -> HTTPRequest {
        HTTPRequest(path: path, query: query)
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

    @Test func htmlGetsTheReloadScriptOtherFilesDoNot() throws {
        let (handler, folder) = try handler()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        handler.state.publish(problems: nil, wroteSite: true)
        let page = handler.respond(to: request("/"))
        #expect(page.status == .ok)
        #expect(page.type == .html)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.hasPrefix("<html><body>index<script>"))
        #expect(html.contains("var generation=1,"))
        let css = handler.respond(to: request("/assets/style.css"))
        #expect(css.type == .css)
        #expect(String(decoding: css.body, as: UTF8.self) == "body{}</body>")
        #expect(handler.respond(to: request("/missing.html")).status == .notFound)
        #expect(handler.respond(to: request("/../x")).status == .badRequest)
    }

    @Test func beforeTheFirstBuildPagesSayItIsRunning() throws {
        let handler = PreviewHandler(siteFolder: "/nonexistent-site", state: PreviewState())
        let page = handler.respond(to: request("/"))
        #expect(page.status == .ok)
        #expect(String(decoding: page.body, as: UTF8.self).contains("The first build of the preview is running"))
    }

    @Test func reloadAnswersAtOnceWhenTheGenerationMovedOn() throws {
        let (handler, folder) = try handler()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        handler.state.publish(problems: "error: x", wroteSite: false)
        let now = handler.respond(to: request("/__reload"))
        #expect(String(decoding: now.body, as: UTF8.self) == #"{"generation":1,"problems":"error: x"}"#)
        let old = handler.respond(to: request("/__reload", query: ["since": "0"]))
        #expect(String(decoding: old.body, as: UTF8.self).hasPrefix(#"{"generation":1,"#))
    }
}

@Suite struct HTTPMessageTests {
    @Test func aTargetSplitsIntoPathAndQuery() {
        #expect(HTTPRequest(method: "GET", target: "/__reload?since=3") == HTTPRequest(path: "/__reload", query: ["since": "3"]))
        #expect(HTTPRequest(method: "GET", target: "/a%20b.html?x=1&x=2&y&z=%41") == HTTPRequest(path: "/a%20b.html", query: ["x": "1", "y": "", "z": "A"]))
        #expect(HTTPRequest(method: "HEAD", target: "/").path == "/")
    }

    @Test func aResponseIsOneCompleteAnswer() {
        let response = HTTPResponse.text(.headerFieldsTooLarge, "too big")
        let text = String(decoding: response.bytes(), as: UTF8.self)
        #expect(text == "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\ntoo big\n")
        #expect(String(decoding: response.bytes(headOnly: true), as: UTF8.self).hasSuffix("Connection: close\r\n\r\n"))
        #expect(ContentType(pathExtension: "SVG") == .svg && ContentType(pathExtension: "wasm") == .bytes)
    }
}
