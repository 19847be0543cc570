import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct StochasticBatchTests {
    /// Ten candidates with least-confidence scores rising from 0 to 0.45.
    func context() throws -> QueryContext {
        let probabilities = (0..<10).map { i in [1 - 0.05 * Double(i), 0.05 * Double(i)] }
        return try makeContext(pool: (0..<12).map { [Double($0)] }, labeled: [0, 11], labels: [0, 1],
                               probabilities: probabilities)
    }

    @Test func favoursHighScoresButVariesTheBatch() throws {
        let ctx = try context()
        let strategy = Strategy.softmaxSampling(.leastConfidence, temperature: 0.1)
        var counts = [Int: Int]()
        var batches = Set<[Int]>()
        for seed in 0..<300 {
            let batch = try select(strategy, 3, ctx, seed: seed)
            #expect(Set(batch).count == 3)
            batches.insert(batch.sorted())
            for i in batch { counts[i, default: 0] += 1 }
        }
        #expect(batches.count > 5)                              // not the same top-k every time
        #expect(counts[10, default: 0] > counts[5, default: 0])  // higher score, drawn more often
        #expect(counts[5, default: 0] > counts[1, default: 0])
        #expect(try select(strategy, 3, ctx, seed: 7) == select(strategy, 3, ctx, seed: 7))
    }

    @Test func powerSamplingNeverDrawsAZeroScoreBeforeTheRest() throws {
        let ctx = try context()
        for seed in 0..<50 {
            #expect(!(try select(.powerSampling(.leastConfidence, beta: 1), 9, ctx, seed: seed)).contains(1))
        }
        #expect(Set(try select(.powerSampling(.leastConfidence), 10, ctx)).count == 10)
    }

    @Test func rejectsBadSettingsAndNonScoringBases() throws {
        let ctx = try context()
        #expect(throws: StrategyError.self) { try select(.softmaxSampling(.random), 2, ctx) }
        #expect(throws: StrategyError.self) { try select(.softmaxSampling(.entropy, temperature: 0), 2, ctx) }
        #expect(throws: StrategyError.self) { try select(.powerSampling(.margin), 2, ctx) }   // negative scores
        #expect(try select(.softmaxSampling(.informationDensity()), 2, ctx).count == 2)
    }
}
