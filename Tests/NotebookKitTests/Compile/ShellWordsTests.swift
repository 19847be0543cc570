import Testing
@testable import NotebookKit

/// Reading back the command lines `swiftc -###` prints.
@Suite struct ShellWordsTests {
    @Test func plainWordsSplitOnSpaces() {
        #expect(ShellWords.split("/bin/clang  -pie -o /t/lesson") == ["/bin/clang", "-pie", "-o", "/t/lesson"])
        #expect(ShellWords.split("") == [])
    }

    @Test func quotesKeepSpacesAndTheDriversSingleQuoteEscape() {
        #expect(ShellWords.split("-I '/My Project/.build/Modules'") == ["-I", "/My Project/.build/Modules"])
        #expect(ShellWords.split("'it'\\''s' x") == ["it's", "x"])
        #expect(ShellWords.split("\"a \\\"b\\\" \\n\" c\\ d ''") == ["a \"b\" \\n", "c d", ""])
    }

    @Test func anUnfinishedQuoteIsNotACommand() {
        #expect(ShellWords.split("-o '/t/lesson") == nil)
        #expect(ShellWords.split("-o \"/t") == nil)
        #expect(ShellWords.split("trailing\\") == nil)
    }
}
