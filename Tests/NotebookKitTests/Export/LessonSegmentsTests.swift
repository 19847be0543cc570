import Testing
@testable import NotebookKit

@Suite struct LessonSegmentsTests {
    @Test func proseBetweenCellsWithoutFrontMatterOrBlankEdges() throws {
        let notebook = try Fixture.notebook("basic.md")
        let segments = LessonSegments(notebook).segments
        let kinds = segments.map { if case .cell(let cell) = $0 { "cell \(cell.index)" } else { "prose" } }
        #expect(kinds == ["prose", "cell 0", "prose", "cell 1", "cell 2", "cell 3"])
        #expect(segments.first == .prose(["# Basic lesson", "", "Cells share state, like a notebook."]))
        guard case .prose(let middle) = segments[2] else { Issue.record("expected prose"); return }
        #expect(middle == ["A Python fence stays prose:", "", "```python", "print(\"not a cell\")", "```"])
    }

    @Test func proseOnlyLessonIsOneSegment() throws {
        let segments = LessonSegments(try Fixture.notebook("prose-only.md")).segments
        #expect(segments.count == 1)
    }
}
