import Testing
import LinearAlgebra
@testable import ActiveLearning

/// Every strategy on four candidates whose probabilities make the answer known:
/// 10 is confident, 11 is spread out, 12 is split between two classes, 13 is uniform.
@Suite struct StrategyTests {
    let context: QueryContext

    init() throws {
        let data = try Dataset(features: [[0], [1]], labels: [0, 1], classNames: ["a", "b", "c"])
        let probabilities = try Matrix([[0.9, 0.05, 0.05], [0.4, 0.35, 0.25], [0.5, 0.5, 0], [1.0 / 3, 1.0 / 3, 1.0 / 3]])
        context = QueryContext(model: .naiveBayes, fitted: try Model.naiveBayes.fit(data),
                               poolFeatures: Matrix(rows: 14, columns: 1), labeled: [0, 1], labels: [0, 1],
                               unlabeled: [10, 11, 12, 13], probabilities: probabilities, round: 1)
    }

    func select(_ strategy: Strategy, _ count: Int, seed: Int = 0) throws -> [Int] {
        var generator = SeededGenerator(seed: seed)
        return try strategy.base.select(count, from: context, using: &generator)
    }

    @Test func leastConfidencePicksLowestTopProbability() throws {
        #expect(try select(.leastConfidence, 2) == [13, 11])
        #expect(LeastConfidence().scores(context.probabilities).map { ($0 * 1000).rounded() / 1000 } == [0.1, 0.6, 0.5, 0.667])
    }

    @Test func entropyPicksMostSpreadDistribution() throws {
        #expect(try select(.entropy, 3) == [13, 11, 12])
    }

    @Test func mostConfidentIsTheArticlesLiteralRule() throws {
        #expect(try select(.mostConfident, 1) == [10])
        #expect(try select(.mostConfident, 2) == [10, 12])
    }

    @Test func marginBreaksItsTieAtRandomButReproducibly() throws {
        // 12 (0.5 vs 0.5) and 13 (1/3 vs 1/3) both have margin 0; 11 comes next (0.05).
        #expect(Set(try select(.margin, 2)) == [12, 13])
        #expect(try select(.margin, 3).last == 11)
        let firsts = try (0..<40).map { try select(.margin, 1, seed: $0)[0] }
        #expect(Set(firsts) == [12, 13])
        #expect(try (0..<40).map { try select(.margin, 1, seed: $0)[0] } == firsts)
    }

    @Test func randomDrawsDistinctCandidatesReproducibly() throws {
        let picks = try select(.random, 3, seed: 5)
        #expect(Set(picks).count == 3 && picks.allSatisfy { context.unlabeled.contains($0) })
        #expect(try select(.random, 3, seed: 5) == picks)
        let draws = try (0..<40).map { try select(.random, 1, seed: $0)[0] }
        #expect(Set(draws) == Set(context.unlabeled))
    }

    @Test func askingForMoreThanLeftReturnsAllCandidates() throws {
        #expect(try select(.leastConfidence, 10).count == 4)
        #expect(Set(try select(.random, 10)) == Set(context.unlabeled))
    }

    /// The threshold `topK` orders candidates above: the k-th largest value, repeats counted,
    /// as a full sort gives it, for every k, on values with many ties.
    @Test func kthLargestIsTheSortedValue() {
        var state: UInt64 = 7
        let values = (0..<300).map { _ -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double((state >> 33) % 40) / 8 - 2
        }
        let sorted = values.sorted(by: >)
        for k in [1, 2, 3, 10, 41, 150, 299, 300] {
            #expect(kthLargest(values, k) == sorted[k - 1], "k = \(k)")
        }
    }

    /// Entropy of whole matrices (logarithms four at a time) has the bits of the row-by-row
    /// definition, zeros and tiny probabilities included.
    @Test func entropiesEqualTheRowByRowScore() throws {
        var state: UInt64 = 11
        let values = (0..<(37 * 7)).map { i -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let unit = Double(state >> 11) / Double(1 << 53)
            return i % 5 == 0 ? 0 : i % 7 == 3 ? unit * 0x1p-1040 : unit
        }
        let probabilities = try Matrix(rows: 37, columns: 7, values: values)
        let expected = (0..<37).map { Uncertainty.entropy.score(probabilities.row($0)).bitPattern }
        #expect(Uncertainty.entropy.scores(probabilities).map(\.bitPattern) == expected)
        #expect(EntropySampling().scores(probabilities).map(\.bitPattern) == expected)
    }
}
