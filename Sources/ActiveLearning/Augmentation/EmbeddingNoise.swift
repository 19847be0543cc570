import LinearAlgebra

/// Noise in embedding space, for texts represented by sentence embeddings: `x' = x + σ ε`,
/// `ε ~ N(0, I)`, then rescaled to the original length `‖x‖` — for unit-normalised embeddings
/// (MiniLM's) the new point stays on the unit sphere, a nearby "paraphrase" direction.
public struct EmbeddingNoise: Augmentation {
    public var sigma: Double
    public var copies: Int

    public init(sigma: Double = 0.05, copies: Int = 1) { (self.sigma, self.copies) = (sigma, copies) }

    public var name: String { "embedding noise (σ = \(formatParameter(sigma)))" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: copies)
        try requireParameter(sigma >= 0 && sigma.isFinite, name, "sigma", sigma, "a finite number ≥ 0")
        return perRow(features, labels, copies: copies, using: &generator) { r, g in
            let row = features.row(r)
            let length = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let noisy = row.map { $0 + sigma * g.nextNormal() }
            let newLength = noisy.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return newLength > 0 ? noisy.map { $0 * length / newLength } : Array(row)
        }
    }
}
