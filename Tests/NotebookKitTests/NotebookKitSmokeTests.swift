import Testing
import NotebookKit

@Suite struct NotebookKitSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
