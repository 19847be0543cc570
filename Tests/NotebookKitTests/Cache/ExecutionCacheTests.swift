import Foundation
import Testing
@testable import NotebookKit

@Suite struct ExecutionCacheTests {
    /// A library folder of our own, so the test can "rebuild" it.
    func fakeLibrary() throws -> Toolchain {
        let real = try Toolchain.locate()
        let dir = try FileSystem.temporaryDirectory(prefix: "lib-")
        try FileSystem.write("engine v1", to: dir + "/libNotebookEngine.so")
        try FileSystem.write("module", to: dir + "/Modules/ActiveLearning.swiftmodule")
        try FileSystem.write("5.1,3.5", to: dir + "/Engine_Data.resources/iris.csv")
        return Toolchain(swiftc: real.swiftc, libraryDirectory: dir)
    }

    @Test func keyChangesWithCellsButNotProse() throws {
        let toolchain = try fakeLibrary()
        defer { FileSystem.remove(toolchain.libraryDirectory) }
        let environment = try CacheKey.Environment.current(toolchain)
        let text = try Fixture.text("basic.md")
        func key(_ text: String) throws -> String {
            CacheKey(notebook: try NotebookParser().parse(text: text, path: "b.md"), environment: environment, defaultTimeout: 120).digest
        }
        #expect(try key(text) == key(text))
        #expect(try key(text) == key(text.replacingOccurrences(of: "Cells share state", with: "Cells really share state")))
        #expect(try key(text) != key(text.replacingOccurrences(of: "numbers.sorted()", with: "numbers.sorted().reversed()")))
        #expect(try key(text) != key(text.replacingOccurrences(of: "```swift\nprint(\"a void", with: "```swift no-output\nprint(\"a void")))
    }

    @Test func keyChangesWhenTheLibraryOrDataChange() throws {
        let toolchain = try fakeLibrary()
        defer { FileSystem.remove(toolchain.libraryDirectory) }
        let before = try CacheKey.Environment.current(toolchain).digest
        try FileSystem.write("engine v2", to: toolchain.libraryDirectory + "/libNotebookEngine.so")
        let rebuilt = try CacheKey.Environment.current(toolchain).digest
        try FileSystem.write("5.1,3.6", to: toolchain.libraryDirectory + "/Engine_Data.resources/iris.csv")
        let newData = try CacheKey.Environment.current(toolchain).digest
        #expect(Set([before, rebuilt, newData]).count == 3)
    }

    @Test func unchangedLessonIsCachedAndChangedOneRuns() throws {
        let toolchain = try Toolchain.locate()
        let cacheDir = try FileSystem.temporaryDirectory(prefix: "cache-")
        defer { FileSystem.remove(cacheDir) }
        let batch = LessonBatch(runner: NotebookRunner(toolchain: toolchain), cache: ExecutionCache(directory: cacheDir), jobs: 1)
        let text = try Fixture.text("basic.md")
        let original = try NotebookParser().parse(text: text, path: "basic.md")
        let changed = try NotebookParser().parse(text: text.replacingOccurrences(of: "[3, 1, 2]", with: "[3, 1, 2, 0]"), path: "basic.md")
        let seen = Locked<[Bool]>([])
        let record: @Sendable (LessonBatch.Progress) -> Void = { progress in seen.withLock { $0.append(progress.cached) } }
        let first = try batch.run([original], progress: record)
        let second = try batch.run([original], progress: record)
        let third = try batch.run([changed], progress: record)
        #expect(seen.withLock { $0 } == [false, true, false])
        #expect(first.first?.cells == second.first?.cells)
        #expect(third.first?.cells.first?.outputs.last?.data == "[0, 1, 2, 3]")
    }

    /// Runs `body` with an empty cache in a temporary folder, the key of `basic.md` and the lesson.
    func withCache(_ body: (ExecutionCache, CacheKey, Notebook) throws -> Void) throws {
        let cacheDir = try FileSystem.temporaryDirectory(prefix: "cache-")
        defer { FileSystem.remove(cacheDir) }
        let toolchain = try fakeLibrary()
        defer { FileSystem.remove(toolchain.libraryDirectory) }
        let notebook = try Fixture.notebook("basic.md")
        let key = CacheKey(notebook: notebook, environment: try CacheKey.Environment.current(toolchain), defaultTimeout: 120)
        try body(ExecutionCache(directory: cacheDir), key, notebook)
    }

    @Test func corruptEntryIsIgnored() throws {
        try withCache { cache, key, notebook in
            cache.store(NotebookResult(notebook: notebook, cells: notebook.cells.map { CellResult(index: $0.index, line: $0.range.startLine, status: .ok) }), key: key)
            #expect(cache.lookup(key, notebook: notebook) != nil)
            try FileSystem.write("{\"key\": truncated", to: cache.path(key))
            #expect(cache.lookup(key, notebook: notebook) == nil)
        }
    }

    @Test func alteredButValidEntryIsRejectedAndRemoved() throws {
        try withCache { cache, key, notebook in
            var cells = notebook.cells.map { CellResult(index: $0.index, line: $0.range.startLine, status: .ok) }
            cells[0].outputs = [CellOutput(kind: .stdout, data: "the truth\n")]
            cache.store(NotebookResult(notebook: notebook, cells: cells), key: key)
            let stored = try FileSystem.readText(cache.path(key))
            try FileSystem.write(stored.replacingOccurrences(of: "the truth", with: "a lie"), to: cache.path(key))
            #expect(cache.lookup(key, notebook: notebook) == nil)
            #expect(!FileSystem.exists(cache.path(key)), "the untrustworthy entry is removed")
        }
    }
}
