import LinearAlgebra

/// Gaussian jitter for tabular rows: `x' = x + ε`, `ε_j ~ N(0, (scale · σ_j)²)`, where `σ_j` is
/// the standard deviation of feature `j` over the rows being augmented (so the noise respects
/// each feature's units). Constant features get no noise.
public struct GaussianJitter: Augmentation {
    public var scale: Double
    public var copies: Int

    public init(scale: Double = 0.05, copies: Int = 1) { (self.scale, self.copies) = (scale, copies) }

    public var name: String { "Gaussian jitter (\(formatParameter(scale)) sd)" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: copies)
        try requireParameter(scale >= 0 && scale.isFinite, name, "scale", scale, "a finite number ≥ 0")
        let deviations = features.columnVariances().map { $0.squareRoot() * scale }
        return perRow(features, labels, copies: copies, using: &generator) { r, g in
            let row = features.row(r)
            return row.enumerated().map { j, v in v + deviations[j] * g.nextNormal() }
        }
    }
}

/// Mixup (Zhang et al. 2018) for hard labels: each new row is `λ x_i + (1 − λ) x_j` for a
/// random partner `j`, with `λ ~ Beta(α, α)` folded to `max(λ, 1 − λ)` so that `x_i` dominates,
/// and it keeps `x_i`'s label. (The engine's models take one class per row, not soft labels;
/// the fold keeps the label of the nearer end. With `sameClass` the partner has the same label,
/// so no label is ever blended.)
public struct Mixup: Augmentation {
    public var alpha: Double
    public var sameClass: Bool
    public var copies: Int

    public init(alpha: Double = 0.2, sameClass: Bool = false, copies: Int = 1) {
        (self.alpha, self.sameClass, self.copies) = (alpha, sameClass, copies)
    }

    public var name: String { "mixup (α = \(formatParameter(alpha))\(sameClass ? ", same class" : ""))" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: copies)
        try requireParameter(alpha > 0 && alpha.isFinite, name, "alpha", alpha, "a positive number")
        let byClass = Dictionary(grouping: labels.indices, by: { labels[$0] })
        return perRow(features, labels, copies: copies, using: &generator) { r, g in
            let row = features.row(r)
            let partners = sameClass ? byClass[labels[r]] ?? [] : Array(labels.indices)
            let j = partners[g.nextInt(below: partners.count)]
            let raw = g.nextBeta(alpha, alpha)
            let lambda = max(raw, 1 - raw)
            let other = features.row(j)
            return row.enumerated().map { c, v in lambda * v + (1 - lambda) * other[other.startIndex + c] }
        }
    }
}
