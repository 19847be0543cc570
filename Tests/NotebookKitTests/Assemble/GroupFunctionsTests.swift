import Testing
@testable import NotebookKit

/// Which statement groups move into the companion file, and what the two files then say.
@Suite struct GroupFunctionsTests {
    static func program(_ cells: String...) throws -> Program {
        let text = cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\nProse.\n\n")
        return ProgramAssembler().program(for: try NotebookParser().parse(text: text, path: "groups.md"))
    }

    @Test func aGroupMovesIntoAFunctionThatMainCalls() throws {
        let program = try Self.program("let a = 1\nprint(a)", "var b = a\nb += 1\nprint(b)")
        let companion = try #require(program.companion)
        #expect(companion.source.hasPrefix("import NotebookRuntime\n"))
        #expect(companion.source.contains("func __notebook_group_1() throws {\n#sourceLocation(file: \"groups.md\", line: 3)\nprint(a)"))
        #expect(companion.source.contains("func __notebook_group_2() throws {"))
        #expect(program.source.contains("#sourceLocation()\ntry __notebook_group_1()"), "the call is no lesson frame")
        #expect(!program.source.contains("print(a)") && program.source.contains("let a = 1") && program.source.contains("var b = a"))
        #expect(companion.source.components(separatedBy: "ProgramRuntime.begin(cell: 1)").count == 2, "the next cell's marker moves with the group")
    }

    /// At top level a use before the declaration is an error the author must see; from a
    /// function in another file it would compile and read the variable before it is set.
    @Test func aGroupThatNamesALaterDeclarationStays() throws {
        let program = try Self.program("print(later)", "let later = 2\nprint(later)")
        let companion = try #require(program.companion)
        #expect(program.source.contains("#sourceLocation(file: \"groups.md\", line: 2)\nprint(later)"))
        #expect(!companion.source.contains("line: 2)"))
        #expect(companion.source.contains("line: 9)\nprint(later)"), "after the declaration the name is fine")
        #expect(try Self.program("print(later)", "let `later` = 2").companion == nil, "backticks name the same name")
        let sameCell = try Self.program("print(n)\nlet n = 1")
        #expect(sameCell.companion == nil)
        let guarded = try Self.program("guard let g = Int(\"5\") else { fatalError() }", "print(g)", "print(3)")
        #expect(guarded.source.contains("print(g)") && guarded.companion?.source.contains("print(3)") == true,
                "a guard's names are locals of the top-level code, which the other file cannot see")
    }

    @Test func awaitPrivateReturnAndPoundKeepGroupsAtTopLevel() throws {
        for lesson in [["let a = 1\nprint(a)", "func f() async {}\nawait f()"],
                       ["private let secret = 1\nprint(secret)"],
                       ["fileprivate struct S {}\nprint(1)"]] {
            #expect(try Self.program(lesson[0], lesson.count > 1 ? lesson[1] : "print(0)").companion == nil, "\(lesson)")
        }
        let returns = try Self.program("print(1)\nreturn", "print(2)")
        #expect(returns.source.contains("return") && returns.companion?.source.contains("print(2)") == true, "top-level return stays an error")
        let pound = try Self.program("print(#function)", "print(2)")
        #expect(pound.source.contains("print(#function)"))
        #expect(pound.companion?.source.contains("print(2)") == true)
    }

    /// Imports are per file: the companion repeats the lesson's, at their lesson lines. An
    /// import that shares its line with other code cannot be repeated alone, so nothing moves.
    @Test func theCompanionRepeatsTheLessonsImports() throws {
        let program = try Self.program("print(1)", "import Foundation\nprint(Date.distantPast)")
        let companion = try #require(program.companion)
        #expect(companion.source.contains("#sourceLocation(file: \"groups.md\", line: 8)\nimport Foundation\n#sourceLocation()"))
        #expect(try Self.program("import Foundation; let d = Date()\nprint(d)").companion == nil)
    }

    @Test func aCompileCheckProgramIsOneFile() throws {
        let notebook = try NotebookParser().parse(text: "```swift\nprint(1)\n```\n\n```swift expect-compile-error\nlet x: Int = \"\"\n```\n", path: "c.md")
        #expect(ProgramAssembler().compileCheckProgram(for: notebook, cell: notebook.cells[1]).companion == nil)
        #expect(ProgramAssembler().program(for: notebook).companion != nil)
    }
}
