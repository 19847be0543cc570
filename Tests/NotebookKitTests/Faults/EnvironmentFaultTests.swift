import Foundation
import Testing
@testable import NotebookKit

/// Faults of the machine rather than the lesson: a full disk, a read-only output folder, a
/// temporary folder the lesson fills, and a build killed with SIGKILL. Disks are small tmpfs
/// mounts (root only); without mount the cases skip, except under `CI=true`.
@Suite(.serialized) struct EnvironmentFaultTests {
    @Test func aFullDiskLeavesTheOldSiteAndSaysWhy() throws {
        let project = try FaultProject(lessons: ["01-basic.md": "basic.md"])
        defer { project.remove() }
        guard try project.mount("disk", size: "64k") else { return }
        defer { project.unmount("disk") }
        #expect(try project.notebook(["build", "--no-cache", "-o", "disk/Site"]).status == .exited(0))
        let site = project.snapshot(excluding: ["tmp"])
        // Fill the disk but for a few bytes, so the next build cannot write its site.
        _ = try ChildProcess(executable: "/bin/dd", arguments: ["if=/dev/zero", "of=\(project.root)/disk/filler", "bs=1k", "count=1000"]).runCollecting()
        let filled = project.snapshot(excluding: ["tmp"])
        let outcome = try project.notebook(["build", "--no-cache", "-o", "disk/Site"])
        #expect(outcome.status == .exited(1), "\(outcome.text)")
        #expect(outcome.text.contains("error: could not write the site into"), "\(outcome.text)")
        #expect(outcome.text.contains("No space left on device"), "\(outcome.text)")
        #expect(outcome.text.contains("note: the folder is as it was before this build"))
        #expect(project.snapshot(excluding: ["tmp"]) == filled)
        #expect(site.keys.filter { $0.hasPrefix("disk/Site/") }.allSatisfy { filled[$0] == site[$0] })
    }

    @Test func aReadOnlyOutputFolderIsReportedAndLeftAlone() throws {
        let project = try FaultProject(lessons: ["01-basic.md": "basic.md"])
        defer { project.remove() }
        guard try project.mount("disk", size: "1m") else { return }
        defer { project.unmount("disk") }
        #expect(try project.notebook(["build", "--no-cache", "-o", "disk/Site"]).status == .exited(0))
        try project.remount("disk", readOnly: true)
        let before = project.snapshot()
        let outcome = try project.notebook(["build", "--no-cache", "-o", "disk/Site"])
        #expect(outcome.status == .exited(1), "\(outcome.text)")
        #expect(outcome.text.contains("disk/.Site.lock: Read-only file system") || outcome.text.contains("Read-only file system"), "\(outcome.text)")
        #expect(!outcome.text.contains("NSCocoaErrorDomain"))
        #expect(project.snapshot() == before)
    }

    @Test func aLessonThatFillsItsTemporaryFolderIsCleanedUpAfter() throws {
        let project = try FaultProject(lessons: ["x.md": "faults/fills-tmp.md"])
        defer { project.remove() }
        guard try project.mount("tmp", size: "48m") else { return }
        let outcome = try project.notebook(["run", "Notebooks/x.md"])
        #expect(outcome.status == .exited(0), "\(outcome.text)")
        #expect(outcome.text.contains("the disk is full"), "\(outcome.text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.temporary).isEmpty, "the run's files are all gone")
    }

    @Test func aKilledBuildLeavesNoLessonRunningAndTheNextRunCleansUp() throws {
        let project = try FaultProject(lessons: ["01-hangs.md": "faults/hangs.md"], files: ["Other/basic.md": try Fixture.text("basic.md")])
        defer { project.remove() }
        let executable = Toolchain.executableDirectory() + "/notebook"
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/bin/sh")
        build.arguments = ["-c", "cd \"$0\" && TMPDIR=\"$0/tmp\" exec \"$1\" build --no-cache -o Site >/dev/null 2>&1", project.root, executable]
        try build.run()
        // Wait for the lesson's own child to run, while the build lives (bounded by ten minutes:
        // on CI every suite compiles at once, and the build's compile alone can take minutes).
        var sleeper: [Int32] = []
        for _ in 0..<6000 where sleeper.isEmpty && build.isRunning {
            usleep(100_000)
            sleeper = Self.processes(running: "sleep 41.5")
        }
        #expect(!sleeper.isEmpty, "the lesson never started its child")
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        var left = sleeper
        for _ in 0..<100 where !left.isEmpty {
            usleep(100_000)
            left = left.filter { !processIsGone($0) }
        }
        #expect(left.isEmpty, "the lesson's child outlived the killed build")
        #expect(Self.processes(running: project.temporary).isEmpty, "no lesson program is left running")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: project.temporary)).isEmpty, "the killed build's folder is there")
        let next = try project.notebook(["run", "Other/basic.md"])
        #expect(next.status == .exited(0), "\(next.text)")
        let after = try FileManager.default.contentsOfDirectory(atPath: project.temporary)
        #expect(after.allSatisfy { !$0.hasPrefix("notebook-") } || after.isEmpty, "the next run removed the dead run's folder: \(after)")
    }

    /// Processes whose command line contains `text`.
    static func processes(running text: String) -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(Int32.init).filter { pid in
            guard !processIsGone(pid), let bytes = try? FileSystem.read("/proc/\(pid)/cmdline") else { return false }
            return String(decoding: bytes.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self).contains(text)
        }
    }
}
