import Testing
@testable import ActiveLearning

@Suite struct PerSeedSplitTests {
    let iris = try! Dataset.iris()
    let budget = Budget(initial: 3, batch: 3, rounds: 3)

    @Test func eachSeedRunsOnItsOwnStratifiedSplit() throws {
        let study = try Study(data: iris, testFraction: 0.3, model: .logisticRegression(c: 1), budget: budget, seeds: 0..<3)
        for seed in 0..<3 {
            // The same as a study built by hand on that seed's split.
            let byHand = Study(data: try iris.split(test: 0.3, seed: seed), model: .logisticRegression(c: 1),
                               budget: budget, seeds: [seed])
            let run = try study.run(.margin, seed: seed), expected = try byHand.run(.margin, seed: seed)
            #expect(run.initial == expected.initial && run.queried == expected.queried && run.points == expected.points)
            #expect(try study.split(seed: seed).test.count == 45)
        }
        #expect(try study.split(seed: 0).test.features.rowArrays != study.split(seed: 1).test.features.rowArrays)
    }

    @Test func comparisonAveragesTheCeilingOverSplits() throws {
        let study = try Study(data: iris, testFraction: 0.3, model: .logisticRegression(c: 1), budget: budget, seeds: 0..<3)
        let comparison = try study.compare(.margin)
        let ceilings = try (0..<3).map { seed in
            let split = try iris.split(test: 0.3, seed: seed)
            return try Model.logisticRegression(c: 1).fit(split.train).accuracy(on: split.test)
        }
        #expect(comparison.fullDataAccuracy == Summary(ceilings).mean)
        #expect(comparison.setting.contains("a new stratified split per seed"))
        #expect(try comparison.row(.margin).difference.perSeed.count == 3)
    }

    @Test func badSplitsAreErrorsNotTraps() {
        #expect(throws: StudyError.self) {
            try Study(data: iris, testFraction: 1.5, model: .naiveBayes, budget: budget, seeds: 0..<2)
        }
        #expect(throws: StudyError.noSeeds) {
            try Study(data: iris, testFraction: 0.3, model: .naiveBayes, budget: budget, seeds: [])
        }
    }
}
