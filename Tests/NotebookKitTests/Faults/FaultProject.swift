import Foundation
import Testing
@testable import NotebookKit

/// A scratch project for one fault: `Notebooks/` with lessons, other files around it, and its
/// own temporary folder (`TMPDIR`), so the case can tell exactly what the runner changed.
struct FaultProject {
    struct Outcome {
        var status: ChildProcess.Termination
        /// stdout and stderr together.
        var text: String
    }

    let root: String
    var temporary: String { root + "/tmp" }

    init(lessons: [String: String], files: [String: String] = [:]) throws {
        root = try FileSystem.temporaryDirectory(prefix: "fault-")
        try FileSystem.createDirectory(temporary)
        for (name, fixture) in lessons { try FileSystem.write(try Fixture.text(fixture), to: "\(root)/Notebooks/\(name)") }
        for (path, text) in files { try FileSystem.write(text, to: "\(root)/\(path)") }
    }

    func remove() {
        _ = try? ChildProcess(executable: "/bin/umount", arguments: ["-l", temporary]).runCollecting()
        FileSystem.remove(root)
    }

    /// Runs the `notebook` built beside the tests in the project folder.
    func notebook(_ arguments: [String], timeout: Double = 300) throws -> Outcome {
        let executable = Toolchain.executableDirectory() + "/notebook"
        let process = ChildProcess(executable: "/bin/sh", arguments: ["-c", "cd \"$0\" && exec \"$@\"", root, executable] + arguments,
                                   environment: ["TMPDIR": temporary], timeout: timeout)
        let (status, out, err) = try process.runCollecting()
        return Outcome(status: status, text: String(decoding: out + err, as: UTF8.self))
    }

    /// Every file and folder below the project (bytes for files), except those under `excluded`
    /// (paths relative to the project).
    func snapshot(excluding excluded: [String] = []) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = enumerator.nextObject() as? String {
            if excluded.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
            let path = root + "/" + relative
            result[relative] = FileSystem.isDirectory(path) ? [] : (try? FileSystem.read(path)) ?? [0xFF]
        }
        return result
    }

    /// Mounts a tmpfs of `size` (`16m`) at `folder` in the project, read-only when asked. Returns
    /// `false` when mounting is impossible here (not root, no mount): the case then skips, except
    /// under `CI=true`, where it fails.
    func mount(_ folder: String, size: String, readOnly: Bool = false) throws -> Bool {
        let path = root + "/" + folder
        try FileSystem.createDirectory(path)
        let options = "size=\(size)" + (readOnly ? ",ro" : "")
        let (status, _, err) = try ChildProcess(executable: "/bin/mount", arguments: ["-t", "tmpfs", "-o", options, "tmpfs", path]).runCollecting()
        guard status == .exited(0) else {
            let reason = "cannot mount a tmpfs here: \(String(decoding: err, as: UTF8.self))"
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(reason) (CI=true: a fault case may not skip)") }
            return false
        }
        return true
    }

    func unmount(_ folder: String) {
        _ = try? ChildProcess(executable: "/bin/umount", arguments: ["-l", root + "/" + folder]).runCollecting()
    }

    func remount(_ folder: String, readOnly: Bool) throws {
        let (status, _, err) = try ChildProcess(executable: "/bin/mount", arguments: ["-o", "remount," + (readOnly ? "ro" : "rw"), root + "/" + folder]).runCollecting()
        #expect(status == .exited(0), "\(String(decoding: err, as: UTF8.self))")
    }
}

/// Whether process `pid` is gone (or a zombie that only waits to be reaped).
func processIsGone(_ pid: Int32) -> Bool {
    guard let stat = try? FileSystem.readText("/proc/\(pid)/stat") else { return true }
    return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
}

/// The ids the lesson printed as `child <pid>`.
func childPids(in text: String) -> [Int32] {
    text.split(separator: "\n").compactMap { line in
        guard let range = line.range(of: "child ") else { return nil }
        return Int32(line[range.upperBound...].prefix { $0.isNumber })
    }
}
