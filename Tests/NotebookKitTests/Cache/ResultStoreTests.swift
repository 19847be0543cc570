import Foundation
import Testing
@testable import NotebookKit

@Suite struct ResultStoreTests {
    func notebook(_ text: String) throws -> Notebook { try NotebookParser().parse(text: text, path: "memo.md") }

    @Test func cellKeysChangeFromTheEditedCellOn() throws {
        let environment = CacheKey.Environment(digest: "environment")
        let text = try Fixture.text("memo.md")
        let keys = CacheKey.cellKeys(try notebook(text), environment: environment, defaultTimeout: 120)
        let lastEdited = CacheKey.cellKeys(try notebook(text.replacingOccurrences(of: "* 2", with: "* 3")), environment: environment, defaultTimeout: 120)
        let firstEdited = CacheKey.cellKeys(try notebook(text.replacingOccurrences(of: "return [0.1 + 0.2, 42]", with: "return [42]")), environment: environment, defaultTimeout: 120)
        #expect(keys.count == 2 && Set(keys).count == 2)
        #expect(lastEdited[0] == keys[0] && lastEdited[1] != keys[1])
        #expect(firstEdited[0] != keys[0] && firstEdited[1] != keys[1])
        let elsewhere = CacheKey.cellKeys(try notebook(text), environment: CacheKey.Environment(digest: "rebuilt engine"), defaultTimeout: 120)
        #expect(Set(elsewhere).isDisjoint(with: keys))
    }

    /// The run's printed lines of cell `index`.
    func output(_ result: NotebookResult?, cell index: Int) -> String {
        result?.cells[index].outputs.map(\.data).joined() ?? ""
    }

    @Test func anEditedLastCellReusesTheFirstCellsStoredResult() throws {
        let cacheDir = try FileSystem.temporaryDirectory(prefix: "cache-")
        defer { FileSystem.remove(cacheDir) }
        let batch = LessonBatch(runner: NotebookRunner(toolchain: try Toolchain.locate()), cache: ExecutionCache(directory: cacheDir), jobs: 1)
        let text = try Fixture.text("memo.md")
        let first = try batch.run([try notebook(text)]) { _ in }.first
        let edited = try batch.run([try notebook(text.replacingOccurrences(of: "* 2", with: "* 3"))]) { _ in }.first
        #expect(output(first, cell: 0) == "computing\nanswer [0.30000000000000004, 42.0]\n")
        #expect(output(edited, cell: 0) == "answer [0.30000000000000004, 42.0]\n")
        #expect(output(edited, cell: 1) == "last cell 126.0\n")
        let firstEdited = try batch.run([try notebook(text.replacingOccurrences(of: "42]", with: "43]"))]) { _ in }.first
        #expect(output(firstEdited, cell: 0).hasPrefix("computing\n"))
        // The passing run left only the entry it wrote.
        let folders = try FileManager.default.contentsOfDirectory(atPath: cacheDir + "/results")
        #expect(folders.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheDir + "/results/" + folders[0]).count == 1)
    }

    @Test func withoutACacheEveryCallComputes() throws {
        let batch = LessonBatch(runner: NotebookRunner(toolchain: try Toolchain.locate()), cache: nil, jobs: 1)
        let text = try Fixture.text("memo.md")
        for _ in 0..<2 {
            let result = try batch.run([try notebook(text)]) { _ in }.first
            #expect(output(result, cell: 0).hasPrefix("computing\n"))
        }
    }
}
