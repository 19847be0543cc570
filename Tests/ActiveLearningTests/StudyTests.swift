import Testing
import LinearAlgebra
@testable import ActiveLearning

/// Queries the lowest unlabeled pool indices: makes the loop's bookkeeping checkable.
struct LowestIndices: QueryStrategy {
    var name: String { "lowest <index>" }
    func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        Array(context.unlabeled.sorted().prefix(count))
    }
}

@Suite struct StudyTests {
    let iris = try! Dataset.iris().split(test: 0.3, seed: 7)

    func study(_ budget: Budget = .init(initial: 6, batch: 3, rounds: 5), seeds: Range<Int> = 0..<3,
               data: TrainTest? = nil) -> Study {
        Study(data: data ?? iris, model: .logisticRegression(c: 1), budget: budget, seeds: seeds)
    }

    @Test func runFollowsTheBudgetAndQueriesOnlyUnlabeled() throws {
        let run = try study().run(Strategy(LowestIndices()), seed: 0)
        #expect(run.points.map(\.labels) == [6, 9, 12, 15, 18, 21])
        #expect(run.queried.count == 5 && run.queried.allSatisfy { $0.count == 3 })
        #expect(Set(run.labeled).count == 21)
        let expectedFirst = Array((0..<iris.train.count).filter { !run.initial.contains($0) }.prefix(3))
        #expect(run.queried[0] == expectedFirst)
        #expect(run.points.allSatisfy { (0...1).contains($0.accuracy) && (0...1).contains($0.macroF1) })
    }

    @Test func stratifiedInitialSetCoversEveryClassAndIsSharedByStrategies() throws {
        let s = study()
        for seed in 0..<5 {
            let initial = try s.initialSet(seed: seed)
            #expect(Set(initial.map { iris.train.labels[$0] }).count == 3)
            #expect(try s.run(.margin, seed: seed).initial == initial)
            #expect(try s.run(.random, seed: seed).initial == initial)
        }
    }

    @Test func labelBudgetEndsWithASmallerBatch() throws {
        let budget = Budget(initial: 6, batch: 4, labels: 20)
        #expect(budget.rounds == 4 && budget.checkpoints == [6, 10, 14, 18, 20])
        let run = try study(budget).run(.entropy, seed: 1)
        #expect(run.points.map(\.labels) == [6, 10, 14, 18, 20])
    }

    @Test func seedsReproduceAndParallelEqualsSerial() throws {
        var serial = study()
        serial.runsInParallel = false
        let a = try study().runs([.random, .margin])
        let b = try serial.runs([.random, .margin])
        for (x, y) in zip(a.joined(), b.joined()) {
            #expect(x.points == y.points && x.queried == y.queried && x.seed == y.seed)
        }
        #expect(a[1].map(\.seed) == [0, 1, 2])
        #expect(a[0][0].queried != a[0][1].queried)
    }

    @Test func badStudiesThrowClearErrors() throws {
        let empty = try Dataset(features: Matrix(rows: 0, columns: 4), labels: [], classNames: iris.train.classNames)
        #expect(throws: StudyError.emptyPool) { try study(data: TrainTest(train: empty, test: iris.test)).validate() }
        #expect(throws: StudyError.budgetExceedsPool(labels: 206, pool: 105)) {
            try study(.init(initial: 6, batch: 10, rounds: 20)).validate()
        }
        #expect(throws: StudyError.initialSetTooSmall(initial: 1)) { try study(.init(initial: 1, batch: 1, rounds: 1)).validate() }
        #expect(throws: StudyError.noSeeds) { try study(seeds: 0..<0).validate() }
        #expect(throws: StudyError.self) { try study(.init(initial: 6, batch: 0, rounds: 1)).validate() }

        let noVirginica = iris.train.subset((0..<iris.train.count).filter { iris.train.labels[$0] != 2 })
        #expect(throws: StudyError.testClassNeverSeen(className: "virginica", testCount: 15)) {
            try study(data: TrainTest(train: noVirginica, test: iris.test)).validate()
        }
        let setosa = iris.train.subset((0..<iris.train.count).filter { iris.train.labels[$0] == 0 })
        #expect(throws: StudyError.poolHasSingleClass(className: "setosa")) {
            try study(data: TrainTest(train: setosa, test: setosa)).validate()
        }
        let trec = try TrainTest.trec()
        #expect(throws: StudyError.noFeatures(dataset: "trec-train")) { try study(data: trec).validate() }
        let wider = try iris.test.withFeatures(iris.test.features.rowArrays.map { $0 + [0] })
        #expect(throws: DataError.self) { try TrainTest(train: iris.train, test: wider) }
    }

    @Test func randomInitialSetWithOneClassSaysWhy() throws {
        // 20 examples of "a" and 2 of "b": some seed draws two "a"s.
        let pool = try Dataset(features: (0..<22).map { [Double($0)] }, labels: Array(repeating: 0, count: 20) + [1, 1],
                               classNames: ["a", "b"])
        let data = try TrainTest(train: pool, test: pool)
        let s = Study(data: data, model: .naiveBayes, budget: .init(initial: 2, batch: 1, rounds: 1, initialSelection: .random),
                      seeds: 0..<1)
        let failing = (0..<20).first { seed in (try? s.initialSet(seed: seed)) == nil }
        let seed = try #require(failing)
        #expect(throws: StudyError.initialSetSingleClass(seed: seed, className: "a")) { try s.run(.random, seed: seed) }
        let stratified = Study(data: data, model: .naiveBayes, budget: .init(initial: 2, batch: 1, rounds: 1), seeds: 0..<1)
        #expect(Set(try stratified.initialSet(seed: seed).map { pool.labels[$0] }) == [0, 1])
    }
}
