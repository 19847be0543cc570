import Foundation
import LinearAlgebra

/// Information density (Settles & Craven 2008): uncertainty weighted by how representative a
/// candidate is of the pool,
///
///     score_i = u(p_i) · max(ρ_i, 0)^β,   ρ_i = (1/U) Σ_{u ∈ candidates} cos(x_i, x_u)
///
/// computed in O(U·d) time and O(d) extra memory, without the U × U similarity matrix: with
/// `x̂ = x / ‖x‖`, cosine similarity is `x̂_i · x̂_u`, so by linearity
/// `ρ_i = x̂_i · m`, where `m = (1/U) Σ_u x̂_u` is the mean of the normalised candidates — one
/// pass to build `m`, one matrix-vector product to score every candidate. Zero rows have
/// similarity 0. Mean cosine can be negative for centred features; those candidates score 0.
public struct InformationDensity: ContextScoringStrategy {
    /// The uncertainty `u` that the density weights.
    public var uncertainty: Uncertainty
    /// The exponent `β` on the density (0 gives plain uncertainty sampling).
    public var beta: Double

    public init(uncertainty: Uncertainty = .entropy, beta: Double = 1) {
        self.uncertainty = uncertainty
        self.beta = beta
    }

    /// The name without its settings.

    public var shortName: String { "information density" }

    public var name: String { "information density (\(uncertainty.rawValue), β = \(formatParameter(beta)))" }

    public func scores(in context: QueryContext, using generator: inout SeededGenerator) throws -> [Double] {
        try require(beta >= 0 && beta.isFinite, name, "beta", beta, "a finite number ≥ 0")
        try checkCandidates(context, name)
        let density = try InformationDensity.density(context.pool, candidates: context.unlabeled)
        let u = uncertainty.scores(context.probabilities)
        return zip(u, density).map { $0 * (beta == 0 ? 1 : Math.pow(max($1, 0), beta)) }
    }

    /// `ρ_i`, the mean cosine similarity of each candidate to all candidates (itself included),
    /// as `x̂_i · mean_u x̂_u`.
    /// Throws when a feature is NaN or infinite.
    public static func density(_ features: Matrix, candidates: [Int]) throws -> [Double] {
        try density(Features.dense(features), candidates: candidates)
    }

    /// `density` for features of either store (the same bits: the terms a sparse row leaves out
    /// add `0 / ‖x‖ = +0`).
    public static func density(_ features: Features, candidates: [Int]) throws -> [Double] {
        try requireFinite(features, "information density", "features")
        let d = features.columns
        var mean = [Double](repeating: 0, count: d)
        var norms = [Double](repeating: 0, count: candidates.count)
        let squaredNorms = features.rowSquaredNorms()
        for (position, i) in candidates.enumerated() {
            let norm = squaredNorms[i].squareRoot()
            norms[position] = norm
            guard norm > 0 else { continue }
            features.forEachElement(inRow: i) { c, v in mean[c] += v / norm }
        }
        let scale = 1 / Double(max(candidates.count, 1))
        let products = try features.multiplied(by: mean.map { $0 * scale })
        return candidates.enumerated().map { position, i in norms[position] > 0 ? products[i] / norms[position] : 0 }
    }
}
