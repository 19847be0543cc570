import Testing
@testable import NotebookKit

@Suite struct StatementGroupsTests {
    @Test func runsOfStatementsBetweenDeclarations() {
        let source = """
        let a = 1
        var s = ""
        for k in 0..<3 { s += String(k) }
        print(s, a)
        s = "done"
        struct Point { var x: Int }
        if a > 0 {
            print("positive")
        }
        """
        #expect(StatementGroups.find(in: source) == [2..<5, 6..<9])
    }

    @Test(arguments: [
        "guard let n = Int(\"4\") else { fatalError() }",
        "defer { print(1) }",
        "#sourceLocation(file: \"x\", line: 1)\n#sourceLocation()",
        "#stringify(1)",
        "func f() {}",
        "import Foundation",
    ])
    func whatIsNeverGrouped(_ source: String) {
        #expect(StatementGroups.find(in: source).isEmpty)
    }

    @Test func statementsOnADeclarationsLineStayWhereTheyAre() {
        // The first `print` shares line 0 with a declaration, so it stays; in the second case
        // the `for` does, and the cut falls between whole lines or not at all.
        let source = """
        let a = 1; print(a)
        print(a); for k in 0..<2 {
            print(k)
        }
        print("after")
        """
        #expect(StatementGroups.find(in: source) == [1..<5])
        let shared = "print(0)\nlet b = 2; for k in 0..<2 {\n    print(k)\n}\nprint(b)"
        #expect(StatementGroups.find(in: shared) == [0..<1, 4..<5])
    }

    @Test func aCellThatDoesNotParseIsLeftAlone() {
        #expect(StatementGroups.find(in: "print(1)\nfor k in 0..<2 {\n").isEmpty)
    }

    @Test func commentsBetweenStatementsAreInsideTheRun() {
        #expect(StatementGroups.find(in: "// first\nprint(1)\n\n// then\nprint(2)\n// trailing\n") == [1..<5])
    }
}
