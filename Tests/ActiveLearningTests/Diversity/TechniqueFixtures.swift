import LinearAlgebra
@testable import ActiveLearning

/// Builds a round's context over hand-made pool rows: `labeled` with their `labels`, every other
/// row a candidate, probabilities from `model` fitted on the labeled rows unless given.
func makeContext(pool rows: [[Double]], labeled: [Int], labels: [Int], classCount: Int = 2,
                 model: Model = .logisticRegression(c: 1), probabilities: [[Double]]? = nil) throws -> QueryContext {
    let features = try Matrix(rows)
    let fitted = try model.classifier.fit(features.rows(at: labeled), labels: labels, classCount: classCount)
    let unlabeled = (0..<rows.count).filter { !labeled.contains($0) }
    let p = try probabilities.map { try Matrix($0) } ?? fitted.predictProbabilities(features.rows(at: unlabeled))
    return QueryContext(model: model, fitted: fitted, poolFeatures: features, labeled: labeled, labels: labels,
                        unlabeled: unlabeled, probabilities: p, round: 1)
}

/// Points scattered around `center` with a seeded spread.
func blob(_ center: [Double], count: Int, spread: Double, seed: Int) -> [[Double]] {
    var g = SeededGenerator(seed: seed)
    return (0..<count).map { _ in center.map { $0 + spread * g.nextNormal() } }
}

func select(_ strategy: Strategy, _ count: Int, _ context: QueryContext, seed: Int = 0) throws -> [Int] {
    var g = SeededGenerator(seed: seed)
    return try strategy.base.select(count, from: context, using: &g)
}
