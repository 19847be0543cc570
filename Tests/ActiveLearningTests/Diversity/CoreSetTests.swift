import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct CoreSetTests {
    /// A dense labeled cluster at the origin with 40 candidates, plus far clusters at (10, 0)
    /// and (0, 10) with 3 candidates each.
    func context() throws -> QueryContext {
        let near = blob([0, 0], count: 44, spread: 0.5, seed: 1)
        let east = blob([10, 0], count: 3, spread: 0.3, seed: 2)
        let north = blob([0, 10], count: 3, spread: 0.3, seed: 3)
        return try makeContext(pool: near + east + north, labeled: [0, 1, 2, 3], labels: [0, 1, 0, 1])
    }

    @Test func picksTheFarAwayClustersFirst() throws {
        let ctx = try context()
        let picks = try select(.coreSet, 2, ctx)
        let clusters = Set(picks.map { $0 >= 47 ? "north" : $0 >= 44 ? "east" : "near" })
        #expect(clusters == ["east", "north"])
        // Random sampling mostly picks the 40 near candidates.
        let randomFar = try (0..<20).map { try select(.random, 2, ctx, seed: $0) }.joined().filter { $0 >= 44 }.count
        #expect(randomFar < 20)
    }

    @Test func eachPickIsTheFarthestFromAllCentres() throws {
        let ctx = try context()
        let picks = try select(.coreSet, 5, ctx)
        let x = ctx.poolFeatures
        func distance(_ a: Int, _ b: Int) -> Double { zip(x.row(a), x.row(b)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        var centres = ctx.labeled
        for pick in picks {
            let coverage = { (i: Int) in centres.map { distance(i, $0) }.min()! }
            let best = ctx.unlabeled.filter { !centres.contains($0) }.map(coverage).max()!
            #expect(abs(coverage(pick) - best) < 1e-9)
            centres.append(pick)
        }
        #expect(Set(picks).count == 5)
    }

    @Test func reproducibleAndValidatesBlocks() throws {
        let ctx = try context()
        #expect(try select(.coreSet, 6, ctx, seed: 3) == select(.coreSet, 6, ctx, seed: 3))
        #expect(try select(Strategy(CoreSet(blockColumns: 1)), 6, ctx) == select(.coreSet, 6, ctx))
        #expect(throws: StrategyError.self) { try select(Strategy(CoreSet(blockColumns: 0)), 1, ctx) }
    }
}
