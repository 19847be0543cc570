import Foundation
import Testing
@testable import NotebookKit

/// The output folder check: only a folder a build wrote (or an empty or missing one) is replaced.
@Suite struct OutputFolderTests {
    func scratch() throws -> String { try FileSystem.temporaryDirectory(prefix: "output-") }

    func message(_ given: String, protecting: [String] = []) -> String? {
        do { _ = try OutputFolder(given, protecting: protecting); return nil } catch { return error.diagnostics.first?.message }
    }

    @Test func missingEmptyAndMarkedFoldersAreAccepted() throws {
        let root = try scratch()
        defer { FileSystem.remove(root) }
        #expect(message(root + "/new/deeper") == nil)
        try FileSystem.createDirectory(root + "/empty")
        #expect(message(root + "/empty") == nil)
        try AtomicFolder(path: root + "/built").replace(with: ["index.html": "x"])
        #expect(FileSystem.isRegularFile(root + "/built/" + OutputFolder.markerName))
        #expect(message(root + "/built") == nil)
    }

    @Test func foldersAndFilesNoBuildWroteAreRefused() throws {
        let root = try scratch()
        defer { FileSystem.remove(root) }
        try FileSystem.write("notes", to: root + "/mine/notes.txt")
        #expect(message(root + "/mine")?.contains("it holds 1 entry (notes.txt) and no .notebook-site") == true)
        try FileSystem.write("text", to: root + "/file.txt")
        #expect(message(root + "/file.txt")?.hasSuffix("it is a file, not a folder") == true)
        #expect(symlink(root + "/mine", root + "/link") == 0)
        #expect(message(root + "/link")?.hasSuffix("it is a symbolic link") == true)
    }

    @Test func theWorkingFolderTheLessonsAndTheirParentsAreRefused() throws {
        let root = try scratch()
        defer { FileSystem.remove(root) }
        try AtomicFolder(path: root + "/site").replace(with: ["Notebooks/a.md": "lesson"])
        #expect(message(root + "/site", protecting: [root + "/site/Notebooks"]) == "will not write the site into '\(root)/site': it holds the folder \(root)/site/Notebooks")
        #expect(message(".")?.hasSuffix("it is the working folder") == true)
        #expect(message("..")?.hasSuffix("it holds the working folder") == true)
        #expect(message("/")?.hasSuffix("it is the root folder") == true)
    }
}
