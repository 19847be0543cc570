import Testing
@testable import NotebookKit

@Suite struct DiagnosticFormatterTests {
    @Test func caretSitsUnderTheColumn() {
        let formatter = DiagnosticFormatter { _, line in line == 12 ? "let x: Int = \"no\"" : nil }
        let text = formatter.format(.error("cannot convert", at: Location(file: "Notebooks/a.md", line: 12, column: 14)))
        #expect(text == """
            Notebooks/a.md:12:14: error: cannot convert
             12 | let x: Int = "no"
                |              ^
            """)
    }

    @Test func caretCountsCharactersNotBytes() {
        let formatter = DiagnosticFormatter { _, _ in "let é = ü" }
        let text = formatter.format(.error("x", at: Location(file: "a.md", line: 1, column: 12)))
        #expect(text.hasSuffix("  |          ^"))
    }

    @Test func diagnosticWithoutLocation() {
        let formatter = DiagnosticFormatter { _, _ in nil }
        #expect(formatter.format(.error("cannot find swiftc")) == "error: cannot find swiftc")
    }
}
