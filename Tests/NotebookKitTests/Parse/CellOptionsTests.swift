import Testing
@testable import NotebookKit

@Suite struct CellOptionsTests {
    let at = Location(file: "x.md", line: 4)

    @Test func parsesEveryKnownOption() throws {
        let options = try CellOptions.parse([("hidden", 10), ("no-output", 17), ("varies", 27)], at: at)
        #expect(options.hidden && options.noOutput && options.varies && !options.noRun)
        #expect(options.words == ["hidden", "no-output", "varies"])
    }

    @Test func expectations() throws {
        #expect(try CellOptions.parse([("expect-error", 10)], at: at).expectation == .runtimeError)
        #expect(try CellOptions.parse([("expect-compile-error", 10)], at: at).expectation == .compileError)
    }

    @Test func conflictsAreRejected() {
        #expect(throws: DiagnosticError.self) { try CellOptions.parse([("expect-error", 10), ("expect-compile-error", 23)], at: at) }
        #expect(throws: DiagnosticError.self) { try CellOptions.parse([("no-run", 10), ("expect-error", 17)], at: at) }
    }

    @Test func infoStringWords() {
        #expect(NotebookParser.cellWords("swift") == [])
        #expect(NotebookParser.cellWords("swift hidden  no-output") == ["hidden", "no-output"])
        #expect(NotebookParser.cellWords("swiftui") == nil)
        #expect(NotebookParser.cellWords("python") == nil)
        #expect(NotebookParser.columns(of: ["hidden", "no-output"], in: "```swift hidden  no-output") == [10, 18])
    }
}
