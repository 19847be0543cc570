import Foundation
import Testing
@testable import NotebookKit

/// Pairing, parity, staleness and marking current, on the fixture folders under
/// Fixtures/translations (no compiler involved).
@Suite struct TranslationTests {
    static func folder(_ name: String) -> String { "\(Fixture.root)/translations/\(name)" }

    static func translations(in folder: String) throws -> [Translation] {
        try Translation.find(in: folder, for: try SiteBuilder.lessons(in: folder))
    }

    @Test func aTranslationPairsWithTheLessonOfItsName() throws {
        let translations = try Self.translations(in: Self.folder("current"))
        #expect(translations.count == 1)
        let translation = try #require(translations.first)
        #expect(translation.language == .chinese)
        #expect(translation.source.path.hasSuffix("current/01-counting.md"))
        #expect(translation.notebook.path.hasSuffix("current/zh/01-counting.md"))
        #expect(translation.notebook.cells.map(\.source) == translation.source.cells.map(\.source))
        #expect(translation.staleness == nil)
    }

    @Test func differentCellsAndFrontMatterAreLocatedOnBothFiles() throws {
        let folder = Self.folder("mismatch")
        let error = try #require(throws: DiagnosticError.self) { try Self.translations(in: folder) }
        let messages = error.diagnostics.map { "\($0.location.map { "\(($0.file as NSString).lastPathComponent):\($0.line)" } ?? "") \($0.message)" }
        #expect(messages == [
            "01-counting.md:1 the source has 'summary' and this translation does not; translate it",
            "01-counting.md:3 'order' must be the source's",
            "01-counting.md:7 cell 1 differs from the source's in its code",
            "01-counting.md:14 cell 2 differs from the source's in its options",
            "01-counting.md:18 this translation has 3 cells and its source 2",
        ])
        #expect(error.diagnostics.allSatisfy { $0.location?.file.contains("/zh/") == true })
        let notes = error.diagnostics.map { $0.notes.first?.location }
        #expect(notes.allSatisfy { $0.map { !$0.file.contains("/zh/") } == true })
        #expect(notes[2]?.line == 10)
        #expect(notes[3]?.line == 21)
    }

    @Test func aTranslationWithoutALessonIsAnError() throws {
        let folder = try copy("current")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.moveItem(atPath: "\(folder)/zh/01-counting.md", toPath: "\(folder)/zh/02-other.md")
        let error = try #require(throws: DiagnosticError.self) { try Self.translations(in: folder) }
        #expect(error.diagnostics.map(\.message) == ["this translation has no lesson to translate: there is no 02-other.md in \(folder)"])
    }

    @Test func editingASourceParagraphMakesItsSectionStaleUntilMarkedCurrent() throws {
        let folder = try copy("current")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = "\(folder)/01-counting.md"
        let text = try String(contentsOfFile: source, encoding: .utf8)
        try text.replacingOccurrences(of: "Sorted, the smallest is first.", with: "Sorted, the smallest comes first.")
            .write(toFile: source, atomically: true, encoding: .utf8)

        let translation = try #require(try Self.translations(in: folder).first)
        let staleness = try #require(translation.staleness)
        #expect(staleness.changes.map(\.summary) == ["changed sorting"])
        #expect(staleness.description.hasSuffix("changed since it was marked current: § Sorting (changed)"))
        #expect(staleness.diagnostic.severity == .warning)
        #expect(staleness.diagnostic.notes.first?.location == SourceLocation(file: source, line: 17))

        try translation.markCurrent()
        let marked = try #require(try Self.translations(in: folder).first)
        #expect(marked.staleness == nil)
        // Only the digest line of that section changed in the translation.
        let before = translation.notebook.lines, after = marked.notebook.lines
        #expect(before.count == after.count)
        #expect(zip(before, after).filter { $0 != $1 }.map(\.1) == ["  sorting: \(ProseSections(marked.source).digests[2].digest)"])
    }

    @Test func editingACellIsNoProseChange() throws {
        let source = try Fixture.notebook("basic.md")
        var edited = source
        edited.blocks = source.blocks.map { block in
            guard case .cell(var cell) = block else { return block }
            cell.source += "\nprint(1)"
            return .cell(cell)
        }
        #expect(ProseSections(source).digests == ProseSections(edited).digests)
    }

    @Test func sectionsAddedAndRemovedAreNamed() throws {
        let folder = try copy("current")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = "\(folder)/01-counting.md"
        let text = try String(contentsOfFile: source, encoding: .utf8)
        try text.replacingOccurrences(of: "## Sorting", with: "## Ordering").write(toFile: source, atomically: true, encoding: .utf8)
        let staleness = try #require(try Self.translations(in: folder).first?.staleness)
        #expect(staleness.changes.map(\.summary) == ["added ordering", "removed sorting"])
    }

    @Test func aTranslationWithNoDigestsIsStaleAndMarkingAddsThem() throws {
        let folder = try copy("current")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/zh/01-counting.md"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.hasPrefix("source-digests") && !$0.hasPrefix("  ") }.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let translation = try #require(try Self.translations(in: folder).first)
        #expect(translation.staleness?.recorded == false)
        try translation.markCurrent()
        #expect(try Self.translations(in: folder).first?.staleness == nil)
    }

    @Test func sourceDigestsInALessonAreAnError() throws {
        let notebook = try NotebookParser().parse(text: "---\ntitle: x\nsource-digests:\n  _start: abc\n---\n# x\n", path: "x.md")
        let error = try #require(throws: DiagnosticError.self) { try Translation.find(in: "/nonexistent", for: [notebook]) }
        #expect(error.diagnostics.map(\.location) == [SourceLocation(file: "x.md", line: 3)])
    }

    /// A copy of a fixture folder in a temporary folder of the test's own.
    private func copy(_ name: String) throws -> String {
        let folder = NSTemporaryDirectory() + "translation-test-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.folder(name), toPath: folder)
        return folder
    }
}

extension Staleness.Change {
    var summary: String {
        switch self {
        case .changed(let section): "changed \(section.key)"
        case .added(let section): "added \(section.key)"
        case .removed(let key): "removed \(key)"
        }
    }
}

/// `notebook translations --sync-cells`: the source's cells copied, the prose untouched.
@Suite struct TranslationSyncTests {
    /// The "current" fixture with the source's first cell edited, in a temporary folder.
    func editedCopy() throws -> (folder: String, translation: Translation) {
        let folder = try FileSystem.temporaryDirectory(prefix: "sync-")
        let from = TranslationTests.folder("current")
        try FileSystem.createDirectory(folder + "/zh")
        let source = try FileSystem.readText(from + "/01-counting.md")
        try FileSystem.write(source.replacingOccurrences(of: "let items = [3, 1, 2]", with: "let items = [3, 1, 2, 5]\nlet more = 1"),
                             to: folder + "/01-counting.md")
        try FileSystem.write(try FileSystem.readText(from + "/zh/01-counting.md"), to: folder + "/zh/01-counting.md")
        let translation = try #require(try Translation.findForSync(in: folder, for: try SiteBuilder.lessons(in: folder)).first)
        return (folder, translation)
    }

    @Test func syncedCellsAreTheSourcesAndTheProseStays() throws {
        let (folder, translation) = try editedCopy()
        defer { FileSystem.remove(folder) }
        #expect(translation.cellsOutOfSync == 1)
        #expect(!translation.parityProblems().isEmpty)
        try translation.syncCells()
        let synced = try #require(try Translation.find(in: folder, for: try SiteBuilder.lessons(in: folder)).first)
        #expect(synced.parityProblems().isEmpty)
        #expect(synced.cellsOutOfSync == 0)
        let before = translation.notebook.lines.filter { !$0.hasPrefix("let ") && !$0.hasPrefix("print") && !$0.hasPrefix("```") }
        let after = synced.notebook.lines.filter { !$0.hasPrefix("let ") && !$0.hasPrefix("print") && !$0.hasPrefix("```") }
        #expect(before == after)
    }

    @Test func aCellAddedToTheSourceIsPlacedByHand() throws {
        let folder = TranslationTests.folder("mismatch")
        let translation = try #require(try Translation.findForSync(in: folder, for: try SiteBuilder.lessons(in: folder)).first)
        let error = try #require(throws: DiagnosticError.self) { try translation.cellsSynced() }
        #expect(error.diagnostics.first?.message.contains("3 cells and its source 2") == true)
    }
}
