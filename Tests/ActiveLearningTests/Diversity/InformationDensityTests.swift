import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct InformationDensityTests {
    @Test func densityEqualsTheMeanCosineSimilarityWithoutAnNByNMatrix() throws {
        let rows = blob([1, -2, 0.5], count: 30, spread: 2, seed: 4) + [[0, 0, 0]]
        let x = try Matrix(rows)
        let candidates = Array(stride(from: 0, to: 31, by: 2))
        let fast = try InformationDensity.density(x, candidates: candidates)
        func cosine(_ a: Int, _ b: Int) -> Double {
            let (u, v) = (x.row(a), x.row(b))
            let dot = zip(u, v).reduce(0) { $0 + $1.0 * $1.1 }
            let n = (u.reduce(0) { $0 + $1 * $1 } * v.reduce(0) { $0 + $1 * $1 }).squareRoot()
            return n > 0 ? dot / n : 0
        }
        for (position, i) in candidates.enumerated() {
            let brute = candidates.map { cosine(i, $0) }.reduce(0, +) / Double(candidates.count)
            #expect(abs(fast[position] - brute) < 1e-12)
        }
    }

    @Test func prefersTheDenseRegionAtEqualUncertainty() throws {
        // Candidates 2...21 point the same way (a dense region); 22 points elsewhere (an outlier).
        let dense = blob([5, 5], count: 20, spread: 0.2, seed: 5)
        let rows = [[1.0, 0], [0, 1]] + dense + [[-5, 1]]
        let uniform = Array(repeating: [0.5, 0.5], count: 21)
        let ctx = try makeContext(pool: rows, labeled: [0, 1], labels: [0, 1], probabilities: uniform)
        // Entropy alone ties every candidate; density breaks it towards the dense region.
        let picks = try select(.informationDensity(), 5, ctx)
        #expect(picks.allSatisfy { (2...21).contains($0) })
        let entropyPicks = try (0..<200).map { try select(.entropy, 1, ctx, seed: $0)[0] }
        #expect(entropyPicks.contains(22))
        #expect(throws: StrategyError.self) { try select(.informationDensity(beta: -1), 1, ctx) }
    }
}
