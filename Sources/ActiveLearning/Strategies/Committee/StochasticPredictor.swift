import LinearAlgebra

/// A fitted model that can draw predictions from an approximate posterior — e.g. an MLP with
/// MC dropout (Gal & Ghahramani 2016) — which BALD needs.
public protocol StochasticPredictor: FittedClassifier {
    /// `samples` probability matrices (rows × classes each), each from one random draw of the
    /// model (e.g. one dropout mask), all random choices from `generator`.
    func sampledProbabilities(_ features: Matrix, samples: Int, using generator: inout SeededGenerator) throws -> [Matrix]
}

extension FittedStandardized: StochasticPredictor {
    /// Standardises, then samples the base model; throws if the base cannot sample.
    public func sampledProbabilities(_ features: Matrix, samples: Int, using generator: inout SeededGenerator) throws -> [Matrix] {
        guard let stochastic = base as? any StochasticPredictor else {
            throw StrategyError.unsupported(strategy: "sampled prediction", reason: "the standardised model does not sample predictions (use .mlp(dropout: …))")
        }
        return try stochastic.sampledProbabilities(scaler.transform(features), samples: samples, using: &generator)
    }
}
