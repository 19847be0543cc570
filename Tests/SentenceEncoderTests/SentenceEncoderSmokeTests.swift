import Testing
import SentenceEncoder

@Suite struct SentenceEncoderSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
