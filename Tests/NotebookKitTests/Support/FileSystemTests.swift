import Testing
@testable import NotebookKit

@Suite struct FileSystemTests {
    @Test func createExclusivelyNeverOverwrites() throws {
        let folder = try FileSystem.temporaryDirectory(prefix: "excl-")
        defer { FileSystem.remove(folder) }
        try FileSystem.createExclusively(folder + "/sub/a.md", contents: "first\n")
        #expect(try FileSystem.readText(folder + "/sub/a.md") == "first\n")
        let error = #expect(throws: DiagnosticError.self) { try FileSystem.createExclusively(folder + "/sub/a.md", contents: "second\n") }
        #expect(error?.description.contains("already exists") == true)
        #expect(try FileSystem.readText(folder + "/sub/a.md") == "first\n")
    }

    @Test func pathsAreMadeAbsoluteWithoutTheFileSystem() {
        #expect(FileSystem.absolute("/a/./b/../c/") == "/a/c")
        #expect(FileSystem.absolute("/..") == "/")
        #expect(FileSystem.absolute("x/../y") == FileSystem.absolute(".") + "/y")
    }
}
