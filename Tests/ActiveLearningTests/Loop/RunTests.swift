import Testing
@testable import ActiveLearning

@Suite struct RunTests {
    let iris = try! Dataset.iris().split(test: 0.3, seed: 7)

    @Test func labeledSetsGrowByEachBatch() throws {
        let study = Study(data: iris, model: .logisticRegression(c: 1), budget: .init(initial: 3, batch: 3, rounds: 4), seeds: [0])
        let run = try study.run(.margin, seed: 0)
        #expect(run.labeledSets.count == 5)
        #expect(run.labeledSets[0] == run.initial && run.labeledSets[4] == run.labeled)
        #expect(run.labeledSets.map(\.count) == run.points.map(\.labels))
        #expect(run.labeledSets[2] == run.initial + run.queried[0] + run.queried[1])
        #expect(run.strategy == .margin && run.strategy != .entropy)
    }

    @Test func queriedClassCountsCountOnlyQueries() throws {
        let study = Study(data: iris, model: .logisticRegression(c: 1), budget: .init(initial: 3, batch: 3, rounds: 4), seeds: 0..<2)
        let result = try study.run(.random)
        let counts = result.runs.map { $0.queriedClassCounts(in: iris.train) }
        #expect(counts.allSatisfy { $0.reduce(0, +) == 12 })
        let manual = result.runs[0].queried.joined().filter { iris.train.labels[$0] == 1 }.count
        #expect(counts[0][1] == manual)
        #expect(result.meanQueriedClassCounts(in: iris.train) == (0..<3).map { c in Double(counts[0][c] + counts[1][c]) / 2 })
    }
}
