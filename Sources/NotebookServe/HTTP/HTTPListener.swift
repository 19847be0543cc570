#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation
import Synchronization

/// The preview server's HTTP/1.1 front on 127.0.0.1: an accept thread, and a thread for each
/// connection that reads the request's head itself, with a size cap and a deadline, asks the
/// handler, writes the answer and closes the connection (browsers open another).
///
/// Plain threads, not Swift concurrency's shared pool: a build, a long-polling page or a test
/// process whose tasks all block can never leave the server without a thread to answer on.
/// A head over `headLimit` gets `431` at once, one that does not come in `headSeconds` gets
/// `408`, a malformed one `400`; past `maxConnections` at once new ones get `503`.
final class HTTPListener: Sendable {
    typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    static let headLimit = 32 * 1024
    static let headSeconds = 5.0
    /// How long one write of the answer may wait for a client that does not read.
    static let sendSeconds = 10
    static let maxConnections = 64

    private let listener: Int32
    private let handler: Handler
    private let active = Mutex(0)
    private let stopped = Mutex(false)

    /// The port the listener is bound to.
    let port: Int

    /// Binds 127.0.0.1:`port` (0 picks a free one); nothing is accepted until `start()`.
    init(port: UInt16, handler: @escaping Handler) throws {
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
        self.handler = handler
    }

    /// Accepts connections on a thread of its own until `stop()`.
    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "notebook-serve-http"
        thread.start()
    }

    /// Stops accepting; connections already open finish their answer.
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
            var timeout = timeval(tv_sec: Self.sendSeconds, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            guard active.withLock({ count -> Bool in count += 1; return count <= Self.maxConnections }) else {
                Self.send(.text(.serviceUnavailable, "too many connections"), to: client)
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

    /// One connection: the head, checked, then the handler's answer.
    private func serve(_ client: Int32) {
        switch RequestHead.read(from: client, limit: Self.headLimit, seconds: Self.headSeconds) {
        case .request(let request): Self.send(handler(request), to: client, headOnly: request.method == "HEAD")
        case .tooLarge: Self.send(.text(.headerFieldsTooLarge, "the request's head is over \(Self.headLimit / 1024) KiB"), to: client)
        case .malformed: Self.send(.text(.badRequest, "not an HTTP/1 request"), to: client)
        case .timedOut: Self.send(.text(.requestTimeout, "the request's head did not arrive in time"), to: client)
        case .closed: return
        }
    }

    private static func send(_ response: HTTPResponse, to client: Int32, headOnly: Bool = false) {
        _ = RequestHead.writeAll(client, response.bytes(headOnly: headOnly)[...])
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
