import Foundation
import LinearAlgebra

/// Student's t distribution, for confidence intervals over seeds.
public enum StudentT {
    /// The CDF `P(T <= t)` with `df` degrees of freedom:
    /// `1 - ½ I_x(df/2, 1/2)` for `t >= 0`, where `x = df / (df + t²)` and `I` is the
    /// regularised incomplete beta function.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let tail = 0.5 * incompleteBeta(df / (df + t * t), a: df / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The quantile `t` with `P(T <= t) = p`, found by bisection on the CDF (to 1e-12).
    public static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        guard p > 0, p < 1, df > 0 else { return .nan }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: df) }
        var low = 0.0, high = 1.0
        while cdf(high, degreesOfFreedom: df) < p { high *= 2 }
        while high - low > 1e-12 * max(1, high) {
            let mid = 0.5 * (low + high)
            if cdf(mid, degreesOfFreedom: df) < p { low = mid } else { high = mid }
        }
        return 0.5 * (low + high)
    }

    /// The regularised incomplete beta function `I_x(a, b)`, by its continued fraction
    /// (modified Lentz), using the symmetry `I_x(a, b) = 1 - I_{1-x}(b, a)` for convergence.
    static func incompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        if x > (a + 1) / (a + b + 2) { return 1 - incompleteBeta(1 - x, a: b, b: a) }
        let logGammas: Double = Math.lgamma(a + b) - Math.lgamma(a) - Math.lgamma(b)
        let logPowers: Double = a * Math.log(x) + b * Math.log(1 - x)
        let front = Math.exp(logGammas + logPowers)
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        d = 1 / (abs(d) < tiny ? tiny : d)
        var f = d
        for m in 1...300 {
            let m = Double(m)
            for step in 0..<2 {
                let numerator: Double
                if step == 0 {
                    let top: Double = m * (b - m) * x
                    numerator = top / ((a + 2 * m - 1) * (a + 2 * m))
                } else {
                    let top: Double = -(a + m) * (a + b + m) * x
                    numerator = top / ((a + 2 * m) * (a + 2 * m + 1))
                }
                d = 1 + numerator * d
                d = 1 / (abs(d) < tiny ? tiny : d)
                c = 1 + numerator / c
                if abs(c) < tiny { c = tiny }
                f *= c * d
            }
            if abs(c * d - 1) < 1e-15 { break }
        }
        return front * f / a
    }
}
