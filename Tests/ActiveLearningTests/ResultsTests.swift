import Testing
import NotebookRuntime
@testable import ActiveLearning

/// A strategy that only has a name: for results built by hand.
struct Named: QueryStrategy {
    var name: String
    func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] { [] }
}

@Suite struct ResultsTests {
    @Test func studentTQuantilesMatchTables() {
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 9) - 2.262157162740992) < 1e-9)
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 1) - 12.706204736174707) < 1e-8)
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 1000) - 1.9623390808264078) < 1e-9)
        #expect(abs(StudentT.cdf(0, degreesOfFreedom: 5) - 0.5) < 1e-15)
    }

    @Test func summaryAndPairedInterval() throws {
        let s = Summary([1, 2, 3, 4])
        #expect(s.mean == 2.5 && abs(s.standardDeviation - 1.2909944487358056) < 1e-15)
        let interval = try #require(s.confidenceInterval())
        let half = 3.182446305284263 * 1.2909944487358056 / 2
        #expect(abs(interval.lowerBound - (2.5 - half)) < 1e-9 && abs(interval.upperBound - (2.5 + half)) < 1e-9)
        #expect(Summary([1]).confidenceInterval() == nil)
    }

    @Test func aulcIsTheMeanOfTheCurveOverTheBudget() {
        // Trapezoids: (10..20) avg 0.6, (20..40) avg 0.75 → (10*0.6 + 20*0.75) / 30 = 0.7.
        #expect(abs(LearningCurve.areaUnderCurve(labels: [10, 20, 40], values: [0.5, 0.7, 0.8]) - 0.7) < 1e-15)
        #expect(LearningCurve.areaUnderCurve(labels: [5], values: [0.4]) == 0.4)
    }

    func run(_ strategy: Strategy, seed: Int, _ accuracies: [Double]) -> Run {
        Run(strategy: strategy, seed: seed, initial: [0], queried: [],
            points: accuracies.enumerated().map { Run.Point(labels: 10 + 10 * $0, accuracy: $1, macroF1: $1) })
    }

    @Test func comparisonPutsRandomFirstAndPairsDifferencesBySeed() throws {
        let cleverStrategy = Strategy(Named(name: "<clever>"))
        let random = StrategyResult(strategy: .random, runs: [run(.random, seed: 0, [0.5, 0.6, 0.7]),
                                                              run(.random, seed: 1, [0.5, 0.7, 0.8])])
        let clever = StrategyResult(strategy: cleverStrategy, runs: [run(cleverStrategy, seed: 0, [0.5, 0.8, 0.9]),
                                                                     run(cleverStrategy, seed: 1, [0.5, 0.8, 0.9])])
        let comparison = Comparison(results: [random, clever], fullDataAccuracy: 0.9, targetFraction: 0.95, setting: "toy")
        #expect(abs(comparison.targetAccuracy - 0.855) < 1e-15)
        let rows = comparison.rows
        #expect(rows[0].aulcDifference == nil)
        // AULCs: random 0.6 and 0.675, clever 0.75 and 0.75 → differences 0.15 and 0.075.
        #expect(abs(rows[1].aulcDifference!.mean - 0.1125) < 1e-12)
        #expect(rows[1].aulcDifferenceInterval != nil)
        #expect(rows[0].labelsToTarget == nil && rows[1].labelsToTarget == 30)
        #expect(try comparison.row(cleverStrategy).labelsToTarget == 30)
        #expect(try comparison.row(.random).aulcDifference == nil)
        #expect(try comparison.row(.random).verdict == .baseline)
        #expect(try comparison.row(.random).difference.perSeed == [0, 0])
        #expect(throws: StudyError.self) { try comparison.row(.margin) }
        #expect(comparison[.margin] == nil && comparison[cleverStrategy]?.labelsToTarget == 30)
        #expect(clever.curve.labels == [10, 20, 30] && clever.curve.accuracyMean == [0.5, 0.8, 0.9])
        let html = comparison.htmlTable
        #expect(html.contains("<th scope=\"row\">&lt;clever&gt;</th>"))
        #expect(html.contains("<td>+0.11") && html.contains("<td>baseline</td>") && html.contains("not reached"))
        #expect(comparison.displayOutputs.first == .html(html))
        #expect(comparison.description.contains("<clever>"))
    }

    @Test func aulcDifferencesArePairedBySeed() {
        let baseline = StrategyResult(strategy: .random, runs: [run(.random, seed: 0, [0.5, 0.6, 0.7]),
                                                                run(.random, seed: 1, [0.5, 0.7, 0.8])])
        // Seeds in the other order, plus one the baseline lacks: pairs follow the seed, not the position.
        let other = StrategyResult(strategy: .margin, runs: [run(.margin, seed: 1, [0.5, 0.8, 0.9]),
                                                             run(.margin, seed: 0, [0.5, 0.8, 0.9]),
                                                             run(.margin, seed: 7, [0.1, 0.1, 0.1])])
        let differences = other.aulcDifferences(from: baseline)
        // AULCs: random 0.6 (seed 0), 0.675 (seed 1); margin 0.75 for both.
        #expect(differences.count == 2)
        #expect(abs(differences[0] - 0.075) < 1e-12 && abs(differences[1] - 0.15) < 1e-12)
        #expect(baseline.aulcDifferences(from: baseline) == [0, 0])
    }

    @Test func studyCompareOnIrisEndToEnd() throws {
        let iris = try Dataset.iris().split(test: 0.3, seed: 7)
        let study = Study(data: iris, model: .logisticRegression(c: 1),
                          budget: .init(initial: 6, batch: 3, rounds: 10), seeds: 0..<4)
        let comparison = try study.compare(.leastConfidence, .margin, .entropy, .mostConfident)
        #expect(comparison.strategies == [.random, .leastConfidence, .margin, .entropy, .mostConfident])
        #expect(comparison.results.map(\.strategy.name) == ["random", "least confidence", "margin", "entropy", "most confident"])
        #expect(comparison.results.allSatisfy { $0.runs.count == 4 && $0.curve.labels == Array(stride(from: 6, through: 36, by: 3)) })
        #expect(comparison.fullDataAccuracy > 0.9)
        let again = try study.compare(.leastConfidence, .margin, .entropy, .mostConfident)
        #expect(again.htmlTable == comparison.htmlTable)
    }
}
