#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reading a request's head from a socket with a size cap and a deadline, for `HTTPListener`.
enum RequestHead {
    enum Outcome: Equatable {
        /// A well-formed head (any bytes after it are dropped: the preview server takes no
        /// bodies, and reads no header but the request line).
        case request(HTTPRequest)
        case tooLarge, malformed, timedOut, closed
    }

    static func read(from fd: Int32, limit: Int, seconds: Double) -> Outcome {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let deadline = now() + seconds
        while true {
            if let end = endOfHead(bytes) { return check(Array(bytes[..<end])) }
            if bytes.count > limit { return .tooLarge }
            let left = deadline - now()
            guard left > 0 else { return .timedOut }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, Int32(left * 1000) + 1) > 0 else { continue }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return bytes.isEmpty ? .closed : .malformed }
            bytes += chunk[0..<n]
        }
    }

    /// The index just past `\r\n\r\n` (or `\n\n`), if the head is complete.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { return i + 2 }
                if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return i + 3 }
            }
            i += 1
        }
        return nil
    }

    /// A head whose request line is `METHOD TARGET HTTP/1.x`, with no NUL anywhere.
    static func check(_ head: [UInt8]) -> Outcome {
        let line = head.prefix { $0 != 0x0D && $0 != 0x0A }
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
              parts[1].first == 0x2F, Array(parts[2]).starts(with: Array("HTTP/1.".utf8)),
              !head.contains(0) else { return .malformed }
        return .request(HTTPRequest(method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self)))
    }

    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        while !rest.isEmpty {
            let n = rest.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            rest = rest.dropFirst(n)
        }
        return true
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
