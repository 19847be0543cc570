import Foundation
import Testing
@testable import NotebookServe

@Suite struct ChangeWatcherTests {
    @Test func seesLessonsEditedAddedAndRemovedAndTheLibrary() throws {
        let folder = NSTemporaryDirectory() + "/watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = folder + "/libEngine.so"
        try "v1".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try "not a lesson".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let watcher = ChangeWatcher(lessonsFolder: folder, files: [library])

        let first = watcher.snapshot()
        #expect(Set(first.keys) == [folder + "/a.md"], "only lessons, and watched files that exist")
        #expect(watcher.snapshot() == first)

        try "version 2".write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
        try "new".write(toFile: folder + "/b.md", atomically: true, encoding: .utf8)
        try "engine".write(toFile: library, atomically: true, encoding: .utf8)
        let second = watcher.snapshot()
        #expect(ChangeWatcher.changes(from: first, to: second) == [folder + "/a.md", folder + "/b.md", library])

        try FileManager.default.removeItem(atPath: folder + "/b.md")
        #expect(ChangeWatcher.changes(from: second, to: watcher.snapshot()) == [folder + "/b.md"])
    }
}
