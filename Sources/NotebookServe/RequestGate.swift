#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation
import NotebookKit
import Synchronization

/// The preview server's front door on 127.0.0.1: reads each request's head itself, with a
/// size cap and a deadline, before FlyingFox (listening on a Unix socket behind it) sees it.
/// FlyingFox reads headers byte by byte without a limit, so one request with a huge header
/// could keep a thread busy for minutes; here it gets `431` at once, a head that does not come
/// in time gets `408`, and the server goes on serving others. A connection carries one
/// request (the server closes it after the response; browsers open another).
final class RequestGate: Sendable {
    static let headLimit = 32 * 1024
    static let headSeconds = 5.0
    static let maxConnections = 64

    private let listener: Int32
    private let upstream: String
    private let active = Mutex(0)
    private let stopped = Mutex(false)

    /// The port the gate listens on.
    let port: Int

    /// Listens on 127.0.0.1:`port` (0 picks a free one) for a server on the Unix socket `upstream`.
    init(port: UInt16, upstream: String) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw ServeError.cannotListen(host: "127.0.0.1", port: Int(port), reason: Self.reason()) }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: port.bigEndian,
                                  sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(listener, 128) == 0 else {
            let reason = Self.reason()
            close(listener)
            throw ServeError.cannotListen(host: "127.0.0.1", port: Int(port), reason: reason)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        self.listener = listener
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.upstream = upstream
    }

    /// Accepts connections on a thread of its own until `stop()`.
    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "notebook-serve-gate"
        thread.start()
    }

    func stop() {
        stopped.withLock { $0 = true }
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while !stopped.withLock({ $0 }) {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            guard active.withLock({ count -> Bool in count += 1; return count <= Self.maxConnections }) else {
                Self.answer(client, status: "503 Service Unavailable", "too many connections")
                close(client)
                active.withLock { $0 -= 1 }
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
                active.withLock { $0 -= 1 }
            }
            thread.start()
        }
        close(listener)
    }

    /// One connection: the head, checked, then FlyingFox's answer passed back.
    private func serve(_ client: Int32) {
        let head: [UInt8]
        switch RequestHead.read(from: client, limit: Self.headLimit, seconds: Self.headSeconds) {
        case .head(let bytes): head = bytes
        case .tooLarge: return Self.answer(client, status: "431 Request Header Fields Too Large", "the request's head is over \(Self.headLimit / 1024) KiB")
        case .malformed: return Self.answer(client, status: "400 Bad Request", "not an HTTP/1 request")
        case .timedOut: return Self.answer(client, status: "408 Request Timeout", "the request's head did not arrive in time")
        case .closed: return
        }
        let server = Self.connect(upstream)
        guard server >= 0 else { return Self.answer(client, status: "503 Service Unavailable", "the preview server is not ready") }
        defer { close(server) }
        guard RequestHead.writeAll(server, head[...]) else { return }
        shutdown(server, Int32(SHUT_WR))
        RequestHead.pump(from: server, to: client)
    }

    static func answer(_ client: Int32, status: String, _ text: String) {
        let body = text + "\n"
        let response = "HTTP/1.1 \(status)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        _ = RequestHead.writeAll(client, Array(response.utf8)[...])
    }

    private static func connect(_ path: String) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        if connected != 0 { close(fd); return -1 }
        return fd
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
