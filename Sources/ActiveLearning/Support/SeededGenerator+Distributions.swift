import Foundation
import LinearAlgebra

extension SeededGenerator {
    /// A standard normal draw (Box–Muller on two uniforms; the second value is discarded so that
    /// every call consumes exactly two uniforms and sequences stay easy to reason about).
    public mutating func nextNormal() -> Double {
        let u1 = max(nextUnit(), Double.leastNonzeroMagnitude)
        let u2 = nextUnit()
        return (-2 * Math.log(u1)).squareRoot() * Math.cos(2 * Double.pi * u2)
    }

    /// A Gamma(`shape`, 1) draw (Marsaglia & Tsang 2000; for `shape < 1` the boost
    /// `Gamma(a) = Gamma(a + 1) · U^(1/a)`). `shape` must be positive.
    public mutating func nextGamma(shape: Double) -> Double {
        if shape < 1 {
            let u = max(nextUnit(), Double.leastNonzeroMagnitude)
            return nextGamma(shape: shape + 1) * Math.pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = nextNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextUnit()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if Math.log(max(u, Double.leastNonzeroMagnitude)) < 0.5 * x * x + d * (1 - v + Math.log(v)) { return d * v }
        }
    }

    /// A Beta(`a`, `b`) draw as `X / (X + Y)` with `X ~ Gamma(a)`, `Y ~ Gamma(b)`.
    public mutating func nextBeta(_ a: Double, _ b: Double) -> Double {
        let x = nextGamma(shape: a), y = nextGamma(shape: b)
        return x + y > 0 ? x / (x + y) : 0.5
    }

    /// An index drawn with probability proportional to `weights` (non-negative; at least one
    /// positive). Returns nil when every weight is zero.
    public mutating func nextIndex(weightedBy weights: [Double]) -> Int? {
        let total = weights.reduce(0, +)
        guard total > 0, total.isFinite else { return nil }
        var target = nextUnit() * total
        var last: Int?
        for (i, w) in weights.enumerated() where w > 0 {
            if target < w { return i }
            target -= w
            last = i
        }
        return last
    }
}
