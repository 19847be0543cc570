import Testing
@testable import NotebookKit

@Suite struct FileStampTests {
    @Test func stampChangesWhenTheFileIsRewrittenAndIsNilWhenMissing() throws {
        let folder = try FileSystem.temporaryDirectory(prefix: "stamp-")
        defer { FileSystem.remove(folder) }
        let path = folder + "/a.txt"
        #expect(FileStamp(path: path) == nil)
        try FileSystem.write("same", to: path)
        let first = try #require(FileStamp(path: path))
        #expect(FileStamp(path: path) == first)
        #expect(first.size == 4)
        try FileSystem.write("same", to: path)
        #expect(FileStamp(path: path) != first, "an atomic rewrite is a new file, even with the same bytes")
    }
}
