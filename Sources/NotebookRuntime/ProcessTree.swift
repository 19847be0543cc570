#if canImport(Glibc)
@preconcurrency import Glibc

/// The processes of a run, found through `/proc` whatever their process group or session: the
/// descendants of a process, or the processes whose environment carries a tag. Used by the
/// runner and by a lesson program's guard to end everything a lesson started. No Foundation:
/// lesson programs link this.
public enum ProcessTree {
    /// Every process's id and parent id, from `/proc/N/stat`.
    static func parents() -> [(pid: pid_t, parent: pid_t)] {
        numericEntries().compactMap { pid in
            guard let stat = read("/proc/\(pid)/stat"), let close = stat.lastIndex(of: 0x29) else { return nil }
            // After "pid (comm)": " state ppid ..."; comm may hold spaces and parentheses.
            let fields = stat[(close + 1)...].split(separator: 0x20)
            guard fields.count > 2, let parent = pid_t(String(decoding: fields[1], as: UTF8.self)) else { return nil }
            return (pid, parent)
        }
    }

    /// Whether `pid` names a live process (not gone, not a zombie waiting to be reaped).
    public static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let stat = read("/proc/\(pid)/stat"), let close = stat.lastIndex(of: 0x29), close + 2 < stat.count else { return true }
        return stat[close + 2] != UInt8(ascii: "Z")
    }

    /// The descendants of `root` (children, their children, …), not `root` itself.
    public static func descendants(of root: pid_t) -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        for (pid, parent) in parents() { children[parent, default: []].append(pid) }
        var found: [pid_t] = [], queue = [root]
        while let next = queue.popLast() {
            for child in children[next] ?? [] where child != root { found.append(child); queue.append(child) }
        }
        return found
    }

    /// The processes (other than this one) whose initial environment holds `entry` (`NAME=value`).
    public static func tagged(_ entry: String) -> [pid_t] {
        let needle = Array(entry.utf8) + [0]
        return numericEntries().filter { pid in
            guard pid != getpid(), let environment = read("/proc/\(pid)/environ") else { return false }
            return environment.split(separator: 0, omittingEmptySubsequences: true).contains { Array($0) + [0] == needle }
        }
    }

    /// Sends `signal` to what `find` returns, again and again (a process may fork meanwhile)
    /// until `find` returns nothing or `rounds` run out; `reap` is called after each round.
    public static func signalAll(_ signal: Int32, rounds: Int = 50, find: () -> [pid_t], reap: () -> Void = {}) {
        for _ in 0..<rounds {
            let found = find()
            if found.isEmpty { return }
            for pid in found { kill(pid, signal) }
            reap()
            usleep(10_000)
        }
    }

    private static func numericEntries() -> [pid_t] {
        guard let directory = opendir("/proc") else { return [] }
        defer { closedir(directory) }
        var pids: [pid_t] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let pid = pid_t(name) { pids.append(pid) }
        }
        return pids
    }

    private static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n == 0 ? bytes : nil }
            bytes += chunk[0..<n]
        }
    }
}
#endif
