import Testing
@testable import NotebookKit

@Suite struct ProgramAssemblerTests {
    @Test func programMatchesSnapshot() throws {
        let program = ProgramAssembler().program(for: try Fixture.notebook("options.md"))
        try assertSnapshot(program.source, named: "programs/options.swift.txt")
    }

    @Test func everyCellIsPrecededBySourceLocation() throws {
        let notebook = try Fixture.notebook("basic.md")
        let program = ProgramAssembler().program(for: notebook)
        for cell in notebook.cells {
            #expect(program.source.contains("#sourceLocation(file: \"Fixtures/basic.md\", line: \(cell.firstCodeLine))"))
        }
        #expect(program.cellIndices == [0, 1, 2, 3])
    }

    @Test func expectedCompileErrorCellsAreLeftOut() throws {
        let notebook = try Fixture.notebook("options.md")
        let program = ProgramAssembler().program(for: notebook)
        #expect(!program.source.contains("forty-two"))
        let check = ProgramAssembler().compileCheckProgram(for: notebook, cell: notebook.cells[4])
        #expect(check.source.contains("forty-two"))
        #expect(check.cellIndices == [0, 1, 2, 3, 4])
    }

    @Test func insertionColumnsAreUndone() throws {
        let notebook = try NotebookParser().parse(text: "```swift\nlet a = 1\n  a + b\n```\n", path: "x.md")
        let program = ProgramAssembler().program(for: notebook)
        // `b` is at column 7 of line 3 in the file; the wrapper shifted it right.
        let shift = ProgramAssembler.showPrefix.utf8.count
        #expect(program.originalColumn(line: 3, column: 7 + shift) == 7)
        #expect(program.originalColumn(line: 3, column: 3) == 3)
        #expect(program.originalColumn(line: 2, column: 9) == 9)
    }
}
