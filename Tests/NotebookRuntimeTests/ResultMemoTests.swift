import Foundation
import Testing
@testable import NotebookRuntime

/// `ResultMemo` keeps global state: these tests run one at a time and leave it switched off.
@Suite(.serialized) struct ResultMemoTests {
    /// Runs `body` with memoisation on in a fresh folder, cell keys `keys`.
    func withMemo(keys: [String] = ["k0", "k1"], _ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "memo-\(UInt64.random(in: 1...UInt64.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            ResultMemo.configure(folder: nil, keys: nil)
            try? FileManager.default.removeItem(atPath: folder)
        }
        ResultMemo.configure(folder: folder, keys: keys.joined(separator: ","))
        try body(folder)
    }

    /// The value of the cell's next memoised call, counting how often `compute` ran.
    func call(_ runs: inout Int, _ fingerprint: String = "f", value: [Double] = [0.1 + 0.2, 1e-300, -0.0, 12345.678901234567],
              atTopLevel: Bool = true) throws -> [Double] {
        try ResultMemo.value(fingerprint, atTopLevel: atTopLevel) {
            runs += 1
            return value
        }
    }

    @Test func aSecondRunOfTheSameCellReadsTheStoredValueBitForBit() throws {
        try withMemo { _ in
            var runs = 0
            ResultMemo.begin(cell: 0)
            let first = try call(&runs)
            ResultMemo.begin(cell: 0)
            let second = try call(&runs, value: [])
            #expect(runs == 1)
            #expect(first.map(\.bitPattern) == second.map(\.bitPattern))
        }
    }

    @Test func callsOfOneCellAreCountedAndOtherCellsHaveTheirOwnEntries() throws {
        try withMemo { folder in
            var runs = 0
            ResultMemo.begin(cell: 0)
            _ = try call(&runs, value: [1])
            let second = try call(&runs, value: [2])
            ResultMemo.begin(cell: 1)
            _ = try call(&runs, value: [3])
            #expect(runs == 3)
            #expect(second == [2])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 3)
        }
    }

    @Test func aChangedCellKeyOrFingerprintComputesAgain() throws {
        var runs = 0
        try withMemo(keys: ["old"]) { folder in
            ResultMemo.begin(cell: 0)
            _ = try call(&runs)
            ResultMemo.configure(folder: folder, keys: "new")
            ResultMemo.begin(cell: 0)
            _ = try call(&runs)
            ResultMemo.begin(cell: 0)
            _ = try call(&runs, "another fingerprint")
        }
        #expect(runs == 3)
    }

    @Test func nestedCallsOtherThreadsAndNoFolderAreNotStored() throws {
        try withMemo { folder in
            var runs = 0
            ResultMemo.begin(cell: 0)
            _ = try ResultMemo.value("outer", atTopLevel: true) { try call(&runs) }
            _ = try call(&runs, atTopLevel: false)
            #expect(runs == 2)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
        }
        var runs = 0
        ResultMemo.begin(cell: 0)
        _ = try call(&runs)
        ResultMemo.begin(cell: 0)
        _ = try call(&runs)
        #expect(runs == 2)
    }

    @Test func aDamagedEntryIsComputedAndRewritten() throws {
        try withMemo { folder in
            var runs = 0
            ResultMemo.begin(cell: 0)
            _ = try call(&runs)
            let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
            try Data("[1, tru".utf8).write(to: URL(fileURLWithPath: folder + "/" + entry))
            ResultMemo.begin(cell: 0)
            #expect(try call(&runs, value: [7]) == [7])
            ResultMemo.begin(cell: 0)
            #expect(try call(&runs, value: [8]) == [7])
            #expect(runs == 2)
        }
    }
}
