#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NotebookKit
import Testing
@testable import NotebookServe

/// The preview server under oversized and malformed requests: each gets a clear status at once
/// (or a closed connection), and the server keeps serving everyone else.
@Suite(.serialized) struct ServerFaultTests {
    struct BadRequest: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var bytes: [UInt8]
        /// The status line's start, e.g. `HTTP/1.1 431`.
        var status: String
    }

    static func head(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [BadRequest] = [
        BadRequest(testDescription: "a 300 KB header", bytes: head("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 300_000) + "\r\n\r\n"), status: "HTTP/1.1 431"),
        BadRequest(testDescription: "a 1 MB header", bytes: head("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 1_000_000) + "\r\n\r\n"), status: "HTTP/1.1 431"),
        BadRequest(testDescription: "a 1 MB request line", bytes: head("GET /" + String(repeating: "a", count: 1_000_000) + " HTTP/1.1\r\n\r\n"), status: "HTTP/1.1 431"),
        BadRequest(testDescription: "thousands of small headers", bytes: head("GET / HTTP/1.1\r\n" + String(repeating: "X-A: b\r\n", count: 20_000) + "\r\n"), status: "HTTP/1.1 431"),
        BadRequest(testDescription: "a request line without a version", bytes: head("GET /\r\n\r\n"), status: "HTTP/1.1 400"),
        BadRequest(testDescription: "a lowercase method", bytes: head("get / HTTP/1.1\r\n\r\n"), status: "HTTP/1.1 400"),
        BadRequest(testDescription: "binary garbage", bytes: Array(repeating: 0xFF, count: 64) + head("\r\n\r\n"), status: "HTTP/1.1 400"),
        BadRequest(testDescription: "a NUL in a header", bytes: head("GET / HTTP/1.1\r\nX-A: b\u{0}c\r\n\r\n"), status: "HTTP/1.1 400"),
        BadRequest(testDescription: "an HTTP/2 preface", bytes: head("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), status: "HTTP/1.1 400"),
        BadRequest(testDescription: "a POST", bytes: head("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"), status: "HTTP/1.1 405"),
        BadRequest(testDescription: "a path out of the site", bytes: head("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n\r\n"), status: "HTTP/1.1 400"),
        BadRequest(testDescription: "a head that never ends", bytes: head("GET / HTTP/1.1\r\nX-Slow: "), status: "HTTP/1.1 408"),
    ]

    /// A running server over one small lesson, its port, and a way to stop it.
    static func server() throws -> (PreviewServer, Int, String) {
        let root = NSTemporaryDirectory() + "/serve-faults-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Notebooks", withIntermediateDirectories: true)
        try "---\ntitle: One\n---\n# One\n\nProse only.\n".write(toFile: root + "/Notebooks/01-one.md", atomically: true, encoding: .utf8)
        var configuration = SiteBuilder.Configuration()
        configuration.lessonsFolder = root + "/Notebooks"
        configuration.cacheFolder = nil
        let builder = SiteBuilder(configuration: configuration, runner: NotebookRunner(toolchain: try Toolchain.locate()))
        var serve = PreviewServer.Configuration()
        serve.port = 0
        let server = try PreviewServer(builder: builder, configuration: serve) { _ in }
        return (server, server.start(), root)
    }

    /// Sends `bytes` on a fresh connection and returns the first line of the answer ("" if the
    /// server closed the connection without one, or no answer came in `seconds`).
    static func send(_ bytes: [UInt8], port: Int, seconds: Int = 10) -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian,
                                  sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { return "cannot connect" }
        _ = RequestHead.writeAll(fd, bytes[...])
        var answer = [UInt8](repeating: 0, count: 256)
        let n = answer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? String(decoding: answer[0..<n].prefix { $0 != 0x0D }, as: UTF8.self) : ""
    }

    @Test(arguments: cases) func badRequestGetsAClearAnswer(_ request: BadRequest) throws {
        let (server, port, root) = try Self.server()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Self.send(request.bytes, port: port).hasPrefix(request.status))
        #expect(Self.send(Self.head("GET /__reload HTTP/1.1\r\n\r\n"), port: port) == "HTTP/1.1 200 OK", "the server still answers others")
        server.stop()
    }

    @Test func oversizedRequestsAtOnceDoNotStopTheOthers() async throws {
        let (server, port, root) = try Self.server()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let big = Self.cases[1].bytes
        async let first = Task.detached { Self.send(big, port: port) }.value
        async let second = Task.detached { Self.send(big, port: port) }.value
        let normal = Self.send(Self.head("GET /__reload HTTP/1.1\r\n\r\n"), port: port)
        #expect(normal == "HTTP/1.1 200 OK")
        #expect(await first == "HTTP/1.1 431 Request Header Fields Too Large")
        #expect(await second == "HTTP/1.1 431 Request Header Fields Too Large")
        server.stop()
    }

    /// Every thread of Swift concurrency's shared pool blocked (as by long synchronous tests
    /// running beside this one, or a build): the server still answers, on threads of its own.
    @Test func answersWhileEveryPoolThreadIsBlocked() async throws {
        let (server, port, root) = try Self.server()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blockers = (0..<ProcessInfo.processInfo.activeProcessorCount).map { _ in
            Task.detached {
                _ = usleep(20_000_000)  // blocks its pool thread, on purpose
            }
        }
        // (With other tests running beside this one, the pool may be full before these start.)
        usleep(500_000)  // this thread blocks too, while the others take theirs
        // Answered before any pool thread is free again (the bound is generous: on CI every
        // core is busy compiling, and the server's thread waits its turn like any other).
        #expect(Self.send(Self.head("GET /__reload HTTP/1.1\r\n\r\n"), port: port, seconds: 15) == "HTTP/1.1 200 OK")
        for blocker in blockers { await blocker.value }
        server.stop()
    }
}
