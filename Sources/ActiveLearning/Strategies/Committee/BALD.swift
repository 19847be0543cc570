import LinearAlgebra

/// BALD, Bayesian active learning by disagreement (Houlsby et al. 2011; with MC dropout,
/// Gal et al. 2017): the mutual information between a candidate's label and the model
/// parameters, estimated from `samples` stochastic forward passes `p_1 … p_T`:
///
///     I[y; θ | x] ≈ H[(1/T) Σ_t p_t] − (1/T) Σ_t H[p_t]
///
/// High when the passes are individually confident but disagree with each other. The round's
/// model must be a `StochasticPredictor` (e.g. `.mlp(dropout: 0.3)`).
public struct BALD: ContextScoringStrategy {
    /// Stochastic forward passes per candidate (at least 2).
    public var samples: Int

    public init(samples: Int = 20) { self.samples = samples }

    /// The name without its settings.

    public var shortName: String { "BALD" }

    public var name: String { "BALD (\(samples) MC-dropout samples)" }

    public func scores(in context: QueryContext, using generator: inout SeededGenerator) throws -> [Double] {
        try require(samples >= 2, name, "samples", samples, "at least 2")
        try checkCandidates(context, name)
        guard let model = context.fitted as? any StochasticPredictor else {
            throw StrategyError.unsupported(strategy: name, reason: "the model cannot sample predictions; use a model with MC dropout such as .mlp(dropout: 0.3)")
        }
        let draws = try model.sampledProbabilities(context.poolFeatures, samples: samples, using: &generator)
            .map { $0.rows(at: context.unlabeled) }
        return BALD.mutualInformation(draws)
    }

    /// `H[mean_t p_t] − mean_t H[p_t]` for every row of equally shaped probability matrices.
    public static func mutualInformation(_ draws: [Matrix]) -> [Double] {
        guard let first = draws.first else { return [] }
        let t = Double(draws.count)
        return (0..<first.rows).map { r in
            var mean = [Double](repeating: 0, count: first.columns)
            var expectedEntropy = 0.0
            for draw in draws {
                let row = draw.row(r)
                expectedEntropy += Uncertainty.entropy.score(row) / t
                for (c, p) in row.enumerated() { mean[c] += p / t }
            }
            return max(Uncertainty.entropy.score(ArraySlice(mean)) - expectedEntropy, 0)
        }
    }
}
