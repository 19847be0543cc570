import Testing
import ActiveLearning

@Suite struct ActiveLearningSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
