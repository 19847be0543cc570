import Foundation
import LinearAlgebra

/// Stochastic batch acquisition (Kirsch et al. 2023): instead of the top-k of a score — whose
/// members are often near-duplicates — draw the batch at random, without replacement, with
/// probabilities that favour high scores:
///
/// - `softmax(temperature: T)`: `P(i) ∝ exp(s_i / T)`
/// - `power(beta: β)`: `P(i) ∝ s_i^β` (scores must be ≥ 0; a zero score is drawn only when
///   nothing else is left)
///
/// Sequential draws without replacement are done in one pass with the Gumbel-top-k trick: the
/// k largest of `log P(i) + G_i`, `G_i = −log(−log U_i)` i.i.d. Gumbel, are distributed exactly
/// as k successive draws without replacement. Wraps any scoring strategy.
public struct StochasticBatch: QueryStrategy {
    /// How scores become sampling probabilities.
    public enum Sampling: Sendable, Hashable {
        case softmax(temperature: Double)
        case power(beta: Double)
    }

    /// The scoring strategy whose scores are sampled.
    public let base: any QueryStrategy
    /// Softmax or power sampling.
    public let sampling: Sampling

    public init(_ base: any QueryStrategy, sampling: Sampling) {
        self.base = base
        self.sampling = sampling
    }

    /// The same type, sampling and base strategy (compared as values).
    public static func == (lhs: StochasticBatch, rhs: StochasticBatch) -> Bool {
        lhs.sampling == rhs.sampling && AnyHashable(lhs.base) == AnyHashable(rhs.base)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sampling)
        hasher.combine(AnyHashable(base))
    }

    public var shortName: String {
        switch sampling {
        case .softmax: return "\(base.shortName), softmax"
        case .power: return "\(base.shortName), power"
        }
    }

    public var name: String {
        switch sampling {
        case let .softmax(t): return "\(base.name), softmax sampling (T = \(formatParameter(t)))"
        case let .power(b): return "\(base.name), power sampling (β = \(formatParameter(b)))"
        }
    }

    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        let scores = try candidateScores(of: base, in: context, using: &generator, for: name)
        let logWeights = try logProbabilities(scores)
        let keys = logWeights.map { w -> Double in
            let u = max(generator.nextUnit(), Double.leastNonzeroMagnitude)
            return w - Math.log(-Math.log(u))
        }
        return topK(keys, count, using: &generator).map { context.unlabeled[$0] }
    }

    /// Unnormalised log-probabilities (the normalising constant does not change the draw).
    func logProbabilities(_ scores: [Double]) throws(StrategyError) -> [Double] {
        if let bad = scores.first(where: { !$0.isFinite }) {
            throw .unsupported(strategy: name, reason: "the base strategy gave a non-finite score (\(bad))")
        }
        switch sampling {
        case let .softmax(t):
            try require(t > 0 && t.isFinite, name, "temperature", t, "a positive number")
            return scores.map { $0 / t }
        case let .power(beta):
            try require(beta >= 0 && beta.isFinite, name, "beta", beta, "a finite number ≥ 0")
            if let negative = scores.first(where: { $0 < 0 }) {
                throw .unsupported(strategy: name, reason: "power sampling needs scores ≥ 0, got \(negative); use softmax sampling, or an uncertainty such as .entropy")
            }
            return scores.map { $0 > 0 ? beta * Math.log($0) : -.infinity }
        }
    }
}
