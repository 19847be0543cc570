import Testing
@testable import NotebookKit

@Suite struct LastExpressionTests {
    func shown(_ source: String) -> String? {
        LastExpression.find(in: source).map { last in
            let bytes = Array(source.utf8)
            return String(decoding: bytes[last.start..<last.end], as: UTF8.self)
        }
    }

    @Test func bareExpressionsAreShown() {
        #expect(shown("let x = 1\nx + 1") == "x + 1")
        #expect(shown("numbers.sorted()") == "numbers.sorted()")
        #expect(shown("values\n    .map { $0 * 2 }\n    .filter { $0 > 2 }") == "values\n    .map { $0 * 2 }\n    .filter { $0 > 2 }")
    }

    @Test func tryAndAwaitStayOutside() {
        #expect(shown("try load()") == "load()")
        #expect(shown("try await fetch()") == "fetch()")
    }

    @Test func statementsAndAssignmentsAreNotShown() {
        #expect(shown("let x = 1") == nil)
        #expect(shown("x = 2") == nil)
        #expect(shown("x += 2") == nil)
        #expect(shown("_ = f()") == nil)
        #expect(shown("func f() {}") == nil)
        #expect(shown("for i in 0..<3 { print(i) }") == nil)
        #expect(shown("") == nil)
        #expect(shown("// only a comment") == nil)
    }
}
