import Testing
@testable import NotebookKit

/// Reading swiftc's output back onto the lesson: locations, columns, notes, what is dropped.
@Suite struct CompilerOutputTests {
    /// Line 3 of the lesson had 12 columns inserted at column 1 (a `show(` wrapper, say); lines
    /// 1–2 of the generated file are glue before the cell whose fence is line 2.
    let program = Program(source: "", cellIndices: [0], insertions: [.init(line: 3, column: 1, length: 12)], cellLines: [2, 2])

    func read(_ text: String) -> CompilerOutput {
        CompilerOutput(text, lessonPath: "a.md", program: program, generatedFile: "/tmp/run/main.swift")
    }

    @Test func keepsLessonDiagnosticsWithColumnsShiftedBack() {
        let output = read("a.md:3:20: error: cannot find 'x' in scope\n    let y = x\n            ^\na.md:3:14: note: did you mean 'z'?\n")
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics[0].location == SourceLocation(file: "a.md", line: 3, column: 8))
        #expect(output.diagnostics[0].notes.map(\.message) == ["did you mean 'z'?"])
        #expect(output.otherErrors.isEmpty)
    }

    @Test func movesGeneratedCodeDiagnosticsToTheCellFence() {
        let output = read("/tmp/run/main.swift:1:1: error: expected '}' in cell\n")
        #expect(output.diagnostics.first?.location == SourceLocation(file: "a.md", line: 2))
        #expect(output.diagnostics.first?.notes.isEmpty == false)
    }

    @Test func notesAfterADiagnosticOutsideTheLessonStayWithIt() {
        let located = read("a.md:3:20: error: first\nother.swift:4:1: error: elsewhere\na.md:3:14: note: belongs to elsewhere\n")
        #expect(located.diagnostics.map(\.notes.count) == [0])
        let unlocated = read("a.md:3:20: error: first\n<unknown>:0: error: unlocated\na.md:3:14: note: belongs to unlocated\n")
        #expect(unlocated.diagnostics.map(\.notes.count) == [0])
    }

    @Test func errorsNoLessonLineExplainsAreRunnerLevel() {
        let output = read("error: no such module 'Missing' in /tmp/run/main.swift\n")
        #expect(output.diagnostics.isEmpty)
        #expect(output.otherErrors == ["error: no such module 'Missing' in main.swift"])
    }

    @Test func parsesFileLineColumnSeverity() {
        let parsed = CompilerOutput.parseLine("C:/a b.md:12:3: warning: unused")
        #expect(parsed?.file == "C:/a b.md" && parsed?.line == 12 && parsed?.column == 3 && parsed?.severity == .warning)
        #expect(CompilerOutput.parseLine("just text") == nil)
    }
}
