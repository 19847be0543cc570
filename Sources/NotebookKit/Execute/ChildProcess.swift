#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import NotebookRuntime

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
    /// The folder the child starts in; `nil` for the runner's own working folder.
    public var workingDirectory: String?
    /// Seconds before the group gets SIGTERM, then SIGKILL one second later; `nil` for none.
    public var timeout: Double?

    public init(executable: String, arguments: [String], environment: [String: String] = [:],
                workingDirectory: String? = nil, timeout: Double? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.timeout = timeout
    }

    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs to the end, calling `handler` with each chunk read, in arrival order per stream.
    ///
    /// When the child exits, whatever it started that is still running (found by the tag in its
    /// environment, whatever its process group) is killed, so a background process holding the
    /// pipes cannot keep the run going; on timeout the group and those processes get SIGTERM,
    /// then SIGKILL one second later.
    public func run(_ handler: (Stream, ArraySlice<UInt8>) -> Void) throws -> Termination {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw LaunchError(description: "cannot create pipes: errno \(errno)") }
        let tag = "\(Self.tagVariable)=\(UInt64.random(in: 1...UInt64.max))"
        let pid = try spawn(stdout: outPipe[1], stderr: errPipe[1], tag: tag)
        close(outPipe[1])
        close(errPipe[1])
        defer { close(outPipe[0]); close(errPipe[0]) }

        let start = Self.now()
        var open: [(fd: Int32, stream: Stream)] = [(outPipe[0], .stdout), (errPipe[0], .stderr)]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32? = nil
        var endedAt: Double? = nil, killedAt: Double? = nil
        while !open.isEmpty || status == nil {
            var fds = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), status == nil && timeout == nil ? 1000 : 20)
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
            var raw: Int32 = 0
            if status == nil, waitpid(pid, &raw, WNOHANG) == pid {
                status = raw
                endedAt = elapsed
                Self.end(group: pid, tag: tag, signal: SIGKILL)
            }
            if let timeout, elapsed > timeout, killedAt == nil, status == nil {
                killedAt = elapsed
                Self.end(group: pid, tag: tag, signal: SIGTERM)
            }
            if let killedAt, elapsed > killedAt + 1, status == nil { Self.end(group: pid, tag: tag, signal: SIGKILL) }
            // Something that cannot be killed still holds the pipes: stop reading.
            if let endedAt, elapsed > endedAt + 2 { break }
        }
        if killedAt != nil, let timeout { return .timedOut(seconds: timeout) }
        return Termination(waitStatus: status ?? 0)
    }

    /// Environment variable every child gets, with a value unique to the run, so that what it
    /// starts can be found and ended whatever its process group.
    public static let tagVariable = "NOTEBOOK_PROCESS_TAG"

    /// Sends `signal` to the child's process group and to every process that carries `tag`.
    static func end(group pid: pid_t, tag: String, signal: Int32) {
        kill(-pid, signal)
        ProcessTree.signalAll(signal, rounds: signal == SIGKILL ? 50 : 1, find: { ProcessTree.tagged(tag) })
    }

    /// Runs to the end and returns everything it printed (for short-lived tools like swiftc).
    public func runCollecting() throws -> (termination: Termination, stdout: [UInt8], stderr: [UInt8]) {
        var out: [UInt8] = [], err: [UInt8] = []
        let termination = try run { stream, chunk in
            if stream == .stdout { out += chunk } else { err += chunk }
        }
        return (termination, out, err)
    }

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), looked up at run time:
    /// Swift's Glibc module does not declare it.
    private static let addChdir: AddChdir? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np")
        .map { unsafeBitCast($0, to: AddChdir.self) }

    private func spawn(stdout: Int32, stderr: Int32, tag: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        if let workingDirectory {
            guard let addChdir = Self.addChdir else {
                throw LaunchError(description: "cannot start \(executable) in \(workingDirectory): the C library lacks posix_spawn_file_actions_addchdir_np")
            }
            let rc = addChdir(&actions, workingDirectory)
            guard rc == 0 else { throw LaunchError(description: "cannot start \(executable) in \(workingDirectory): \(String(cString: strerror(rc)))") }
        }

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
        env[Self.tagVariable] = String(tag.dropFirst(Self.tagVariable.count + 1))
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
