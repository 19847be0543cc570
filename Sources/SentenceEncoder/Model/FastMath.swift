/// Vectorised transcendental functions for the encoder's element-wise steps.
enum FastMath {
    /// erf(x) ≈ x · P(x²) / Q(x²) on x clamped to [−4, 4] (erf is ±1 in Float beyond), with
    /// P of degree 6 and Q of degree 4 in x² — Eigen's single-precision rational approximation
    /// (error about 1 ulp).
    @inline(__always)
    static func erf(_ v: SIMD8<Float>) -> SIMD8<Float> {
        let limit = SIMD8<Float>(repeating: 4)
        let x = v.replacing(with: limit, where: v .> limit).replacing(with: -limit, where: v .< -limit)
        let x2 = x * x
        var p = x2 * -2.72614225801306e-10 + 2.77068142495902e-08
        p = x2 * p + -2.10102402082508e-06
        p = x2 * p + -5.69250639462346e-05
        p = x2 * p + -7.34990630326855e-04
        p = x2 * p + -2.95459980854025e-03
        p = x2 * p + -1.60960333262415e-02
        var q = x2 * -1.45660718464996e-05 + -2.13374055278905e-04
        q = x2 * q + -1.68282697438203e-03
        q = x2 * q + -7.37332916720468e-03
        q = x2 * q + -1.42647390514189e-02
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
