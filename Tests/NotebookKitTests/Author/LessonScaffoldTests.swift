import Foundation
import Testing
@testable import NotebookKit

@Suite struct LessonScaffoldTests {
    /// A lessons folder with `basic.md` (order 1) and a lesson of order 0.
    func folder() throws -> String {
        let folder = try FileSystem.temporaryDirectory(prefix: "lessons-")
        try FileSystem.write(try Fixture.text("basic.md"), to: folder + "/01-basic.md")
        try FileSystem.write("---\norder: 0\n---\n# Zero\n", to: folder + "/00-zero.md")
        return folder
    }

    @Test func newLessonComesLastAndParses() throws {
        let folder = try folder()
        defer { FileSystem.remove(folder) }
        let path = try LessonScaffold(folder: folder).create(title: "Sampling: a first look")
        #expect(path == folder + "/02-sampling-a-first-look.md")
        let notebook = try NotebookParser().parse(fileAt: path)
        #expect(notebook.frontMatter.title == "Sampling: a first look")
        #expect(notebook.frontMatter.order == 2)
        #expect(notebook.frontMatter.summary == LessonScaffold.summaryPlaceholder)
        #expect(notebook.cells.count == 1)
        let lessons = LessonFinder.ordered(try LessonFinder.lessons(in: [folder]).map { try NotebookParser().parse(fileAt: $0) })
        #expect(lessons.last?.path == path)
    }

    @Test func placeholderSummaryIsFlaggedOnItsLine() throws {
        let folder = try folder()
        defer { FileSystem.remove(folder) }
        let notebook = try NotebookParser().parse(fileAt: try LessonScaffold(folder: folder).create(title: "Draft"))
        let diagnostic = try #require(LessonScaffold.unfinishedSummary(notebook))
        #expect(diagnostic.location?.line == 3)
        #expect(LessonScaffold.unfinishedSummary(try Fixture.notebook("basic.md")) == nil)
    }

    @Test func titlesWithQuotesAndBackslashesSurviveTheFrontMatter() throws {
        let folder = try FileSystem.temporaryDirectory(prefix: "lessons-")
        defer { FileSystem.remove(folder) }
        let title = #"The "margin" \ a # note"#
        let path = try LessonScaffold(folder: folder).create(title: title)
        #expect(path == folder + "/00-the-margin-a-note.md")
        #expect(try NotebookParser().parse(fileAt: path).frontMatter.title == title)
    }

    @Test func refusesToOverwriteAndRejectsEmptyTitles() throws {
        let folder = try FileSystem.temporaryDirectory(prefix: "lessons-")
        defer { FileSystem.remove(folder) }
        try FileSystem.write("---\norder: 4\n---\nmine\n", to: folder + "/05-draft.md")
        try FileSystem.write("keep me\n", to: folder + "/05-taken.md")
        let error = #expect(throws: DiagnosticError.self) { try LessonScaffold(folder: folder).create(title: "Taken") }
        #expect(error?.description.contains("already exists") == true)
        #expect(try FileSystem.readText(folder + "/05-taken.md") == "keep me\n")
        let twin = #expect(throws: DiagnosticError.self) { try LessonScaffold(folder: folder).create(title: "Draft") }
        #expect(twin?.description.contains("05-draft.md already exists") == true)
        #expect(LessonScaffold.slug(ofFile: "x/12-a-b.md") == "a-b")
        #expect(LessonScaffold.slug(ofFile: "x/notes.md") == "notes")
        #expect(throws: DiagnosticError.self) { try LessonScaffold(folder: folder).create(title: "  ") }
        #expect(throws: DiagnosticError.self) { try LessonScaffold(folder: folder).create(title: "two\nlines") }
    }

    @Test func firstCellRunsAsWritten() throws {
        let folder = try FileSystem.temporaryDirectory(prefix: "lessons-")
        defer { FileSystem.remove(folder) }
        let notebook = try NotebookParser().parse(fileAt: try LessonScaffold(folder: folder).create(title: "Iris"))
        let result = NotebookRunner(toolchain: try Toolchain.locate()).run(notebook)
        #expect(result.passed)
        #expect(result.cells.map(\.status) == [.ok])
        #expect(result.text(0, .stdout) == "iris: 150 examples, 4 features, 3 classes\n")
    }
}
