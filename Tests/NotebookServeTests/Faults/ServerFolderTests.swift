#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import NotebookServe

/// The preview server's temporary folder: named with its process id like the runner's, so a
/// server that was killed before it could remove its folder has it removed by the next one —
/// only folders of that shape, and only while their process is gone.
@Suite(.serialized) struct ServerFolderTests {
    static func folder(_ name: String) throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: path + "/site", withIntermediateDirectories: true)
        try "old".write(toFile: path + "/site/index.html", atomically: false, encoding: .utf8)
        return path
    }

    @Test func aKilledServersFolderIsRemovedByTheNextAndNothingElse() throws {
        let tag = UUID().uuidString
        // A process id above the kernel's largest is never running.
        let pidMax = Int32((try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 4_194_304
        let abandoned = try Self.folder("notebook-serve-\(pidMax + 1)-\(tag)")
        let running = try Self.folder("notebook-serve-1-\(tag)")      // pid 1 always runs
        let unlike = try Self.folder("notebook-serve-\(tag)")         // not of the shape: not ours to judge
        defer { for path in [abandoned, running, unlike] { try? FileManager.default.removeItem(atPath: path) } }

        let (server, _, root) = try ServerFaultTests.server()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let name = (server.workspace as NSString).lastPathComponent
        #expect(name.hasPrefix("notebook-serve-\(getpid())-"), "\(name)")
        #expect(!FileManager.default.fileExists(atPath: abandoned), "the killed server's folder is removed")
        #expect(FileManager.default.fileExists(atPath: running + "/site/index.html"), "a running server's folder is left")
        #expect(FileManager.default.fileExists(atPath: unlike + "/site/index.html"), "a folder of another shape is left")
        server.stop()
        #expect(!FileManager.default.fileExists(atPath: server.workspace), "stop removes the server's own folder")
    }
}
