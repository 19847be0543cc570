import Foundation
import Testing
@testable import NotebookKit

@Suite struct AtomicFolderTests {
    @Test func replacesTheWholeFolder() throws {
        let root = try FileSystem.temporaryDirectory(prefix: "atomic-")
        defer { FileSystem.remove(root) }
        let site = root + "/Site"
        try AtomicFolder(path: site).replace(with: ["index.html": "one", "assets/a.css": "x", "gone.html": "g"])
        try AtomicFolder(path: site).replace(with: ["index.html": "two", "assets/a.css": "y"])
        #expect(try FileSystem.readText(site + "/index.html") == "two")
        #expect(!FileSystem.exists(site + "/gone.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Site"])
    }

    @Test func aFailedWriteLeavesTheOldFolder() throws {
        let root = try FileSystem.temporaryDirectory(prefix: "atomic-")
        defer { FileSystem.remove(root) }
        let site = root + "/Site"
        try AtomicFolder(path: site).replace(with: ["index.html": "old"])
        // "a" cannot be both a file and a folder: the second write fails midway.
        #expect(throws: (any Error).self) { try AtomicFolder(path: site).replace(with: ["a": "file", "a/b.html": "nested", "index.html": "new"]) }
        #expect(try FileSystem.readText(site + "/index.html") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Site"])
    }

    @Test func secondBuildIsRefusedWhileTheFirstHoldsTheLock() throws {
        let root = try FileSystem.temporaryDirectory(prefix: "lock-")
        defer { FileSystem.remove(root) }
        let first = try BuildLock(for: root + "/Site")
        #expect(throws: DiagnosticError.self) { _ = try BuildLock(for: root + "/Site") }
        first.release()
        let again = try BuildLock(for: root + "/Site")
        again.release()
    }
}
