import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct DifficultyTrainingTests {
    let p = [0.9, 0.5, 0.1, 0.7]   // the model's probability of each example's label

    @Test func weightingSchemesOrderExamplesByDifficulty() {
        let down = DifficultyWeighting.downweightHard(temperature: 1).weights(trueClassProbabilities: p, epoch: 0, epochs: 10)
        let focal = DifficultyWeighting.focal(gamma: 2).weights(trueClassProbabilities: p, epoch: 0, epochs: 10)
        #expect(down[2] < down[1] && down[1] < down[3] && down[3] < down[0])      // hard → small
        #expect(focal[2] > focal[1] && focal[1] > focal[3] && focal[3] > focal[0]) // hard → large
        #expect(abs(down.reduce(0, +) - 4) < 1e-12 && abs(focal.reduce(0, +) - 4) < 1e-12)
        #expect(DifficultyWeighting.constant.weights(trueClassProbabilities: p, epoch: 3, epochs: 10) == [1, 1, 1, 1])
    }

    @Test func selfPacedStartsEasyAndGrowsToEverything() {
        let scheme = DifficultyWeighting.selfPaced(start: 0.5, growth: 0.5)
        #expect(scheme.weights(trueClassProbabilities: p, epoch: 0, epochs: 10) == [1, 0, 0, 1])
        #expect(scheme.weights(trueClassProbabilities: p, epoch: 1, epochs: 10) == [1, 1, 0, 1])
        #expect(scheme.weights(trueClassProbabilities: p, epoch: 5, epochs: 10) == [1, 1, 1, 1])
    }

    @Test func flippedLabelsAreExactlyTheFractionAndReproducible() throws {
        let digits = try Dataset.digits()
        let noisy = try digits.withFlippedLabels(fraction: 0.2, seed: 3)
        let changed = zip(noisy.labels, digits.labels).filter { $0 != $1 }.count
        #expect(changed == Int((0.2 * Double(digits.count)).rounded()))
        #expect(try digits.withFlippedLabels(fraction: 0.2, seed: 3).labels == noisy.labels)
        #expect(try digits.withFlippedLabels(fraction: 0.2, seed: 4).labels != noisy.labels)
        #expect(throws: TrainingError.invalidNoise(1.5)) { try digits.withFlippedLabels(fraction: 1.5, seed: 0) }
    }

    @Test func comparisonTableOnCleanAndNoisyLabels() throws {
        let digits = try Dataset.digits().split(test: 0.3, seed: 1)
        let table = try TrainingComparison.run(digits, model: MLP(hidden: 32, epochs: 15),
                                               schemes: DifficultyWeighting.standard, noise: [0, 0.4], seeds: 0..<2)
        #expect(table.entries.count == 8)
        let clean = try #require(table.accuracy(.constant, noise: 0))
        let noisy = try #require(table.accuracy(.constant, noise: 0.4))
        #expect(clean.mean > 0.9 && noisy.mean < clean.mean)
        // Down-weighting hard examples resists flipped labels better than emphasising them.
        let down = try #require(table.accuracy(.downweightHard(temperature: 1), noise: 0.4))
        let focal = try #require(table.accuracy(.focal(gamma: 2), noise: 0.4))
        #expect(down.mean > focal.mean)
        let html = table.displayOutputs[0].data
        #expect(html.contains("40% flipped") && html.contains("baseline") && html.contains("±"))
        #expect(try TrainingComparison.run(digits, model: MLP(hidden: 32, epochs: 15), schemes: [.constant], noise: [0.4], seeds: 0..<2)
                    .accuracy(.constant, noise: 0.4) == noisy)
        #expect(throws: TrainingError.self) { try TrainingComparison.run(digits, schemes: [], seeds: 0..<1) }
    }
}
