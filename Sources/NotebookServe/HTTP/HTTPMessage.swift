import Foundation

/// A request the preview server answers: the method, the path (still percent-encoded) and the
/// query, from a head `RequestHead` has already checked. The server takes no bodies.
struct HTTPRequest: Equatable, Sendable {
    var method: String
    var path: String
    var query: [String: String]

    init(method: String = "GET", path: String, query: [String: String] = [:]) {
        self.method = method
        self.path = path
        self.query = query
    }

    /// `target` (`/path?a=1&b=2`) split into its path and query; a repeated name keeps its
    /// first value.
    init(method: String, target: String) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var query: [String: String] = [:]
        for pair in (parts.count > 1 ? parts[1] : "").split(separator: "&") {
            let field = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(field[0]).removingPercentEncoding ?? String(field[0])
            let value = field.count > 1 ? (String(field[1]).removingPercentEncoding ?? String(field[1])) : ""
            if query[name] == nil { query[name] = value }
        }
        self.init(method: method, path: String(parts[0]), query: query)
    }
}

/// The statuses the preview server answers with.
enum HTTPStatus: Int, Sendable {
    case ok = 200
    case badRequest = 400
    case notFound = 404
    case methodNotAllowed = 405
    case requestTimeout = 408
    case headerFieldsTooLarge = 431
    case serviceUnavailable = 503

    var reason: String {
        switch self {
        case .ok: "OK"
        case .badRequest: "Bad Request"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .headerFieldsTooLarge: "Request Header Fields Too Large"
        case .serviceUnavailable: "Service Unavailable"
        }
    }
}

/// The kinds of content the preview server sends, named by a file's extension.
enum ContentType: Sendable, Equatable {
    case html, css, javascript, svg, json, png, text, bytes

    init(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "html": self = .html
        case "css": self = .css
        case "js": self = .javascript
        case "svg": self = .svg
        case "json": self = .json
        case "png": self = .png
        case "txt", "md": self = .text
        default: self = .bytes
        }
    }

    /// The `Content-Type` header's value.
    var headerValue: String {
        switch self {
        case .html: "text/html; charset=utf-8"
        case .css: "text/css; charset=utf-8"
        case .javascript: "text/javascript; charset=utf-8"
        case .svg: "image/svg+xml"
        case .json: "application/json"
        case .png: "image/png"
        case .text: "text/plain; charset=utf-8"
        case .bytes: "application/octet-stream"
        }
    }
}

/// A complete answer: one per connection, which the server then closes.
struct HTTPResponse: Sendable {
    var status: HTTPStatus
    var type: ContentType
    var body: Data

    /// A plain-text answer of one line.
    static func text(_ status: HTTPStatus, _ line: String) -> HTTPResponse {
        HTTPResponse(status: status, type: .text, body: Data((line + "\n").utf8))
    }

    /// The status line, headers and (unless `headOnly`) the body, as sent.
    func bytes(headOnly: Bool = false) -> [UInt8] {
        let head = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\nContent-Type: \(type.headerValue)\r\n"
            + "Content-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + (headOnly ? [] : Array(body))
    }
}
