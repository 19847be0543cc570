import Testing
import Charts
import LinearAlgebra
@testable import ActiveLearning

@Suite struct ResultsHelpersTests {
    @Test func learningCurveFromPerSeedCurves() {
        let curve = LearningCurve(name: "final model", labels: [10, 20, 30], accuracies: [[0.5, 0.7, 0.8], [0.7, 0.7, 1.0]])
        #expect(curve.accuracyMean == [0.6, 0.7, 0.9] && curve.macroF1Mean.isEmpty)
        #expect(curve.accuracyStandardDeviation == [Summary([0.5, 0.7]).standardDeviation, 0, Summary([0.8, 1.0]).standardDeviation])
        #expect(curve.aulc == LearningCurve.areaUnderCurve(labels: [10, 20, 30], values: [0.6, 0.7, 0.9]))
        #expect(curve.named("other").name == "other" && curve.named("other").accuracyMean == curve.accuracyMean)
        let series = LineChart.Series(curve)
        #expect(series.name == "final model" && series.x == [10, 20, 30] && series.y == curve.accuracyMean)
        #expect(series.spread == curve.accuracyStandardDeviation && LineChart.Series(curve, spread: false).spread == nil)
    }

    @Test func refittingAnotherModelOnARunsLabels() throws {
        let iris = try Dataset.iris().split(test: 0.3, seed: 7)
        let run = try Study(data: iris, model: .naiveBayes, budget: .init(initial: 3, batch: 3, rounds: 3), seeds: [0]).run(.margin, seed: 0)
        let refitted = try run.accuracies(refitting: .logisticRegression(c: 1), on: iris)
        let byHand = try run.labeledSets.map { try Model.logisticRegression(c: 1).fit(iris.train.subset($0)).accuracy(on: iris.test) }
        #expect(refitted == byHand && refitted.count == 4)
    }

    @Test func differenceBarsCarryTheInterval() throws {
        let difference = PairedDifference([0.1, 0.2, 0.3])
        let bar = BarChart.Bar(label: "margin", difference)
        let interval = try #require(difference.interval)
        #expect(bar.value == difference.mean && bar.interval?.lower == interval.lowerBound && bar.interval?.upper == interval.upperBound)
        #expect(BarChart.Bar(label: "one seed", PairedDifference([0.1])).interval == nil)
    }

    @Test func textFeaturesThroughAClosure() throws {
        let trec = try TrainTest.trec()
        let encoded = try trec.withFeatures { texts in texts.map { [Float($0.count), 1] } }
        #expect(encoded.train.featureCount == 2 && encoded.test.count == 500)
        #expect(encoded.test.features[0, 0] == Double(trec.test.texts[0].count))
        #expect(try trec.test.withFeatures { $0.map { _ in [Float(0)] } }.featureCount == 1)
    }

    @Test func smallLookups() throws {
        let iris = try Dataset.iris()
        #expect(try iris.label(of: "virginica") == 2)
        #expect(throws: DataError.self) { try iris.label(of: "rose") }
        #expect(try Matrix([[0.2, 0.5, 0.3], [0.9, 0.05, 0.05]]).rowMaxima() == [0.5, 0.9])
        #expect(DifficultyWeighting.standard.map(\.shortName) == ["constant", "hard down", "focal", "self-paced"])
    }
}
