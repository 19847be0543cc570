import LinearAlgebra

/// BADGE, batch active learning by diverse gradient embeddings (Ash et al. 2020), for a model
/// whose last layer is multinomial logistic regression on the features `x̃ = [x, 1]`.
///
/// A candidate's gradient embedding is the gradient of the log-loss at its *predicted* label
/// `ŷ = argmax p` with respect to the last layer's weights: `g = (p − e_ŷ) ⊗ x̃` (a C × (d+1)
/// outer product; large when the model is uncertain and the input is large). The batch is the
/// k-means++ seeding of these embeddings: the first is the largest `‖g‖`, each next one is
/// drawn with probability ∝ its squared distance to the nearest chosen embedding — uncertain
/// *and* diverse.
///
/// The n × C(d+1) embeddings are never materialised: for `g = a ⊗ x` and `h = b ⊗ y`,
///
///     ‖a⊗x − b⊗y‖² = ‖a‖²‖x‖² − 2 (a·b)(x·y) + ‖b‖²‖y‖²
///
/// so each pick costs one BLAS matrix-vector product over the pool (`x·y`) and n·C products
/// (`a·b`); memory O(n·C).
public struct BADGE: QueryStrategy {
    public init() {}

    public var name: String { "BADGE" }

    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        try checkCandidates(context, name)
        let candidates = context.unlabeled
        guard count > 0, !candidates.isEmpty else { return [] }
        let residuals = BADGE.residuals(context.probabilities)
        let classes = residuals.columns
        let residualNorms = residuals.rowSquaredNorms()
        var geometry = PoolGeometry(context.pool)
        let inputNorms = candidates.map { geometry.squaredNorms[$0] + 1 }
        let embeddingNorms = zip(residualNorms, inputNorms).map { $0 * $1 }
        var nearest = [Double](repeating: .infinity, count: candidates.count)
        var chosen = [Bool](repeating: false, count: candidates.count)
        var picks: [Int] = []
        var next = randomArgmax(embeddingNorms, using: &generator)
        while true {
            picks.append(candidates[next])
            chosen[next] = true
            if picks.count == min(count, candidates.count) { break }
            let inputProducts = try geometry.dots(with: context.pool.row(candidates[next]))
            let r = residuals.values, a = next * classes
            for j in candidates.indices where !chosen[j] {
                var residualProduct = 0.0
                let b = j * classes
                for c in 0..<classes { residualProduct += r[a + c] * r[b + c] }
                let distance = embeddingNorms[j] - 2 * residualProduct * (inputProducts[candidates[j]] + 1) + embeddingNorms[next]
                nearest[j] = min(nearest[j], max(distance, 0))
            }
            let weights = candidates.indices.map { chosen[$0] ? 0 : nearest[$0] }
            if let drawn = generator.nextIndex(weightedBy: weights) {
                next = drawn
            } else {
                let open = candidates.indices.filter { !chosen[$0] }
                next = open[generator.nextInt(below: open.count)]
            }
        }
        return picks
    }

    /// `p_i − e_{ŷ_i}` for every row: the last-layer gradient factor at the predicted label.
    public static func residuals(_ probabilities: Matrix) -> Matrix {
        var out = probabilities
        for r in 0..<probabilities.rows { out[r, argmax(probabilities.row(r))] -= 1 }
        return out
    }
}
