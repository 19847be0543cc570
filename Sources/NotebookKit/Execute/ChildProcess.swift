#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Runs a child process in its own process group and streams its stdout and stderr to a
/// handler while it runs (both pipes are drained as data arrives, so a chatty child never
/// blocks on a full pipe), with a timeout that ends the whole group.
public struct ChildProcess: Sendable {
    public enum Stream: Sendable { case stdout, stderr }

    /// How the child ended.
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut(seconds: Double)
    }

    public var executable: String
    public var arguments: [String]
    /// Extra environment variables on top of the runner's own.
    public var environment: [String: String]
    // The child runs in the runner's working folder, so paths in lessons are relative to it.
    /// Seconds before the group gets SIGTERM, then SIGKILL one second later; `nil` for none.
    public var timeout: Double?

    public init(executable: String, arguments: [String], environment: [String: String] = [:],
                timeout: Double? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.timeout = timeout
    }

    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs to the end, calling `handler` with each chunk read, in arrival order per stream.
    public func run(_ handler: (Stream, ArraySlice<UInt8>) -> Void) throws -> Termination {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw LaunchError(description: "cannot create pipes: errno \(errno)") }
        let pid = try spawn(stdout: outPipe[1], stderr: errPipe[1])
        close(outPipe[1])
        close(errPipe[1])
        defer { close(outPipe[0]); close(errPipe[0]) }

        let start = Self.now()
        var open: [(fd: Int32, stream: Stream)] = [(outPipe[0], .stdout), (errPipe[0], .stderr)]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var killedAt: Double? = nil
        var timedOut = false
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let waitMs: Int32 = timeout == nil ? 1000 : 100
            let ready = poll(&fds, nfds_t(fds.count), waitMs)
            if ready < 0 && errno != EINTR { break }
            for (i, entry) in fds.enumerated().reversed() where entry.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    handler(open[i].stream, buffer[0..<n])
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    open.remove(at: i)
                }
            }
            let elapsed = Self.now() - start
            if let timeout, elapsed > timeout, killedAt == nil {
                timedOut = true
                killedAt = elapsed
                kill(-pid, SIGTERM)
            }
            if let killedAt, elapsed > killedAt + 1 {
                kill(-pid, SIGKILL)
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Anything the child left behind in its group goes with it.
        kill(-pid, SIGKILL)
        if timedOut, let timeout { return .timedOut(seconds: timeout) }
        return Termination(waitStatus: status)
    }

    /// Runs to the end and returns everything it printed (for short-lived tools like swiftc).
    public func runCollecting() throws -> (termination: Termination, stdout: [UInt8], stderr: [UInt8]) {
        var out: [UInt8] = [], err: [UInt8] = []
        let termination = try run { stream, chunk in
            if stream == .stdout { out += chunk } else { err += chunk }
        }
        return (termination, out, err)
    }

    private func spawn(stdout: Int32, stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)

        var env = Self.currentEnvironment()
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.sorted(by: { $0.key < $1.key }).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else {
            throw LaunchError(description: "cannot run \(executable): \(String(cString: strerror(rc)))")
        }
        return pid
    }

    static func currentEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") { result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...]) }
            pointer += 1
        }
        return result
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
