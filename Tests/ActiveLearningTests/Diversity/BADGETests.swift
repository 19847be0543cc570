import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct BADGETests {
    /// Candidates 2 and 3 are duplicates, 4 is uncertain elsewhere, 5 is certain (zero gradient).
    func context() throws -> QueryContext {
        try makeContext(pool: [[1, 0], [0, 1], [3, 0], [3, 0], [0, 2], [2, 2]], labeled: [0, 1], labels: [0, 1],
                        probabilities: [[0.5, 0.5], [0.5, 0.5], [0.4, 0.6], [1, 0]])
    }

    @Test func neverPicksTheDuplicateAndDrawsBySquaredDistance() throws {
        // After a duplicate is chosen (‖g‖² = 5), D² is 0 for its twin, 7.4 for candidate 4 and
        // ‖g_c‖² = 5 for the certain candidate 5 (zero gradient): drawn 7.4 : 5.
        let ctx = try context()
        var counts = [Int: Int]()
        for seed in 0..<200 {
            let picks = try select(.badge, 2, ctx, seed: seed)
            #expect(Set(picks).intersection([2, 3]).count == 1)
            for p in picks where p > 3 { counts[p, default: 0] += 1 }
        }
        #expect(counts[4, default: 0] + counts[5, default: 0] == 200)
        #expect(counts[4, default: 0] > counts[5, default: 0])
        // Top-2 entropy would take both duplicates.
        #expect(Set(try select(.entropy, 2, ctx)) == [2, 3])
    }

    @Test func firstPickHasTheLargestGradientEmbedding() throws {
        // ‖g‖² = ‖p − e_ŷ‖² (‖x‖² + 1): candidates 2/3 have 0.5 · 10 = 5, candidate 4 has 0.32 · 5 = 1.6.
        let ctx = try context()
        #expect([2, 3].contains(try select(.badge, 1, ctx)[0]))
        let residuals = BADGE.residuals(try Matrix([[0.4, 0.6]]))
        #expect(residuals.values.map { ($0 * 1e12).rounded() / 1e12 } == [0.4, -0.4])
    }

    @Test func factorisedDistanceEqualsTheOuterProductDistance() throws {
        var g = SeededGenerator(seed: 9)
        for _ in 0..<10 {
            let a = (0..<3).map { _ in g.nextNormal() }, b = (0..<3).map { _ in g.nextNormal() }
            let x = (0..<4).map { _ in g.nextNormal() }, y = (0..<4).map { _ in g.nextNormal() }
            var explicit = 0.0
            for i in 0..<3 { for j in 0..<4 { let d = a[i] * x[j] - b[i] * y[j]; explicit += d * d } }
            func dot(_ u: [Double], _ v: [Double]) -> Double { zip(u, v).reduce(0) { $0 + $1.0 * $1.1 } }
            let factorised = dot(a, a) * dot(x, x) - 2 * dot(a, b) * dot(x, y) + dot(b, b) * dot(y, y)
            #expect(abs(explicit - factorised) < 1e-9)
        }
    }

    @Test func reproducible() throws {
        let data = blob([0, 0, 0], count: 60, spread: 1, seed: 2)
        let ctx = try makeContext(pool: data, labeled: [0, 1, 2, 3], labels: [0, 1, 0, 1])
        #expect(try select(.badge, 10, ctx, seed: 4) == select(.badge, 10, ctx, seed: 4))
        #expect(Set(try select(.badge, 10, ctx, seed: 4)).count == 10)
    }
}
