/// Vectorised transcendental functions for the encoder's element-wise steps.
enum FastMath {
    /// erf(x) ≈ x · P(x²) / Q(x²) on x clamped to [−4, 4] (erf is ±1 in Float beyond), with
    /// P of degree 6 and Q of degree 4 in x² — Eigen's single-precision rational approximation
    /// (error about 1 ulp).
    @inline(__always)
    static func erf(_ v: SIMD8<Float>) -> SIMD8<Float> {
        let limit = SIMD8<Float>(repeating: 4)
        let x = v.replacing(with: limit, where: v .> limit).replacing(with: -limit, where: v .< -limit)
        let y = x * x
        let y2 = y * y
        let y4 = y2 * y2
        // Estrin's scheme (shorter dependency chains than Horner's):
        // P(y) = (α₁ + α₃y) + y²(α₅ + α₇y) + y⁴((α₉ + α₁₁y) + y²α₁₃)
        let p01 = y * -2.95459980854025e-03 + -1.60960333262415e-02
        let p23 = y * -5.69250639462346e-05 + -7.34990630326855e-04
        let p45 = y * 2.77068142495902e-08 + -2.10102402082508e-06
        let p = p01 + y2 * p23 + y4 * (p45 + y2 * -2.72614225801306e-10)
        // Q(y) = (β₀ + β₂y) + y²(β₄ + β₆y) + y⁴β₈
        let q01 = y * -7.37332916720468e-03 + -1.42647390514189e-02
        let q23 = y * -2.13374055278905e-04 + -1.68282697438203e-03
        let q = q01 + y2 * q23 + y4 * -1.45660718464996e-05
        return x * p / q
    }

    /// Scalar erf by the same approximation, for tests and tails.
    static func erf(_ x: Float) -> Float { erf(SIMD8(repeating: x))[0] }

    /// In place `x ← x · ½ (1 + erf(x / √2))`: the exact (erf) GELU, not the tanh approximation.
    static func gelu(_ values: UnsafeMutablePointer<Float>, count: Int) {
        let raw = UnsafeMutableRawPointer(values)
        let scale = SIMD8<Float>(repeating: 0.70710678118654752440)
        var i = 0
        while i + 16 <= count {  // two independent vectors per step for instruction-level parallelism
            let x0 = raw.loadUnaligned(fromByteOffset: 4 * i, as: SIMD8<Float>.self)
            let x1 = raw.loadUnaligned(fromByteOffset: 4 * i + 32, as: SIMD8<Float>.self)
            let e0 = erf(x0 * scale), e1 = erf(x1 * scale)
            raw.storeBytes(of: 0.5 * x0 * (1 + e0), toByteOffset: 4 * i, as: SIMD8<Float>.self)
            raw.storeBytes(of: 0.5 * x1 * (1 + e1), toByteOffset: 4 * i + 32, as: SIMD8<Float>.self)
            i += 16
        }
        while i < count {
            let x = values[i]
            values[i] = 0.5 * x * (1 + erf(x * 0.70710678118654752440))
            i += 1
        }
    }
}
