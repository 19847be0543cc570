import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct TypiClustTests {
    let centres: [[Double]] = [[0, 0], [10, 0], [0, 10]]

    func pool() -> [[Double]] {
        centres.enumerated().flatMap { blob($1, count: 40, spread: 1, seed: $0) }
    }

    @Test func typicalityIsHighestNearTheCentreOfABlob() throws {
        let rows = blob([0, 0], count: 200, spread: 1, seed: 8) + [[4, 4]]
        let scores = try Typicality.scores(try Matrix(rows), neighbors: 20)
        let best = scores.indices.max { scores[$0] < scores[$1] }!
        #expect(scores[200] == scores.min())
        // Denser than most: the most typical point is in the inner half of the blob.
        let mean = [0, 1].map { j in rows.prefix(200).reduce(0) { $0 + $1[j] } / 200 }
        let radius = rows.prefix(200).map { distance($0, mean) }
        #expect(radius.filter { $0 < radius[best] }.count < 100)
        // Exactly 1 / mean distance to the 20 nearest others (brute force; blocks of 7 rows).
        let blocked = try Typicality.scores(try Matrix(rows), neighbors: 20, blockRows: 7)
        for i in [0, 17, 200] {
            let nearest = rows.indices.filter { $0 != i }.map { distance(rows[i], rows[$0]) }.sorted().prefix(20)
            let expected = 1 / (nearest.reduce(0, +) / 20)
            #expect(abs(scores[i] - expected) < 1e-9 * expected && abs(blocked[i] - expected) < 1e-9 * expected)
        }
    }

    @Test func coldStartPicksOneTypicalPointPerCluster() throws {
        let rows = pool()
        let picks = try TypiClust().coldStart(3, features: try Matrix(rows), seed: 0)
        let owners = picks.map { p in centres.indices.min { a, b in
            distance(rows[p], centres[a]) < distance(rows[p], centres[b]) }! }
        #expect(Set(owners).count == 3)
        for (p, owner) in zip(picks, owners) { #expect(distance(rows[p], centres[owner]) < 1) }
        #expect(try TypiClust().coldStart(3, features: try Matrix(rows), seed: 0) == picks)
    }

    @Test func inTheLoopItCoversTheUnlabeledCluster() throws {
        // Labels only in the first two blobs: the next query comes from the third.
        let rows = pool()
        let ctx = try makeContext(pool: rows, labeled: [0, 1, 40, 41], labels: [0, 0, 1, 1])
        let pick = try select(Strategy(TypiClust(maxClusters: 3)), 1, ctx)[0]
        #expect((80..<120).contains(pick))
        #expect(throws: StrategyError.self) { try select(.typiClust(neighbors: 0), 1, ctx) }
    }

    @Test func typicalInitialSelectionRunsAStudy() throws {
        let iris = try Dataset.iris().split(test: 0.3, seed: 7)
        let study = Study(data: iris, model: .logisticRegression(c: 1),
                          budget: .init(initial: 6, batch: 3, rounds: 2, initialSelection: .typical), seeds: 0..<2)
        let run = try study.run(.random, seed: 0)
        #expect(run.initial.count == 6 && Set(run.initial).count == 6)
        #expect(try study.initialSet(seed: 0) == run.initial)
    }

    func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }
}
