import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct MLPTests {
    let digits = try! Dataset.digits().split(test: 0.3, seed: 1)

    @Test func learnsDigitsAndSeedsReproduce() throws {
        let model = Model.mlp(hidden: 32, epochs: 20, seed: 3).standardized()
        let fitted = try model.fit(digits.train)
        #expect(try fitted.accuracy(on: digits.test) > 0.93)
        let again = try model.fit(digits.train).predictProbabilities(digits.test.features)
        #expect(try fitted.predictProbabilities(digits.test.features) == again)
        let other = try Model.mlp(hidden: 32, epochs: 20, seed: 4).standardized().fit(digits.train)
        #expect(try other.predictProbabilities(digits.test.features) != again)
    }

    @Test func mcDropoutSamplesVaryAndAverageNearTheMeanNetwork() throws {
        let fitted = try MLP(hidden: 64, epochs: 10, dropout: 0.3).fitted(digits.train.features, labels: digits.train.labels, classCount: 10)
        let x = digits.test.features.rows(at: Array(0..<50))
        var g = SeededGenerator(seed: 1)
        let draws = try fitted.sampledProbabilities(x, samples: 200, using: &g)
        #expect(draws[0] != draws[1])
        let mean = draws.reduce(Matrix(rows: 50, columns: 10)) { acc, m in
            try! Matrix(rows: 50, columns: 10, values: zip(acc.values, m.values).map { $0 + $1 / 200 }) }
        let deterministic = try fitted.predictProbabilities(x)
        let agreement = (0..<50).filter { argmax(mean.row($0)) == argmax(deterministic.row($0)) }.count
        #expect(agreement >= 45)
        for r in 0..<50 { #expect(abs(draws[5].row(r).reduce(0, +) - 1) < 1e-9) }
    }

    @Test func badSettingsThrow() throws {
        let x = digits.train.features, y = digits.train.labels
        for bad in [MLP(hidden: 0), MLP(epochs: 0), MLP(batchSize: 0), MLP(learningRate: -1), MLP(l2: -1), MLP(dropout: 1),
                    MLP(weighting: .focal(gamma: -1)), MLP(weighting: .selfPaced(start: 0, growth: 0.5))] {
            #expect(throws: ModelError.self) { try bad.fit(x, labels: y, classCount: 10) }
        }
        #expect(throws: ModelError.self) { try MLP().fit(x, labels: Array(y.dropLast()), classCount: 10) }
    }
}
