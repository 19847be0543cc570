extension Math {
    /// ln Γ(x) for x > 0 (fdlibm's method, msun's coefficients).
    ///
    /// - x < 2^-70: `−ln x` (Γ(x) ≈ 1/x).
    /// - x < 2: around the zeros at 1 and 2 and the minimum at `tc` ≈ 1.4616, one of three
    ///   approximations on an interval of width ≤ 0.27 (`lgammaNearTwo`, `lgammaNearMinimum`,
    ///   `lgammaNearOne`), each written so that the result keeps its relative accuracy where
    ///   ln Γ vanishes; below 0.9 via `ln Γ(x) = ln Γ(x + 1) − ln x`.
    ///   (Unlike fdlibm, the logarithms here and below are taken in double-double.)
    /// - 2 ≤ x < 8: `x = i + y`, `ln Γ(2 + y) = y/2 + y·P(y)/Q(y)` (degree-6 rational, error
    ///   < 2^-61.7), times the shift `(y + 2)(y + 3)…(y + i − 1)` added as one logarithm.
    /// - 8 ≤ x < 2^58: Stirling, `(x − ½)(ln x − 1) + w(1/x)` with `w` an odd polynomial of
    ///   degree 11 (error < 2^-58.7) for `½ ln 2π − ½ + 1/(12x) − …`; the product in
    ///   double-double.
    /// - x ≥ 2^58: `x (ln x − 1)`.
    ///
    /// Special values: NaN → NaN, ±0 → +∞, +∞ → +∞, lgamma(1) = lgamma(2) = +0. **Domain**: the
    /// engine needs only x > 0; for x < 0 this returns NaN (C's lgamma returns ln|Γ(x)|).
    ///
    /// Error: measured 1.2 ulp (true, including next to the zeros 1 and 2, where the
    /// approximations keep relative accuracy); ≤ 2 ulp from glibc (same method, single-double
    /// logarithms: up to 2 ulp off).
    public static func lgamma(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x < 0 { return .nan }
        if x == 0 || x == .infinity { return .infinity }
        if x < 0x1p-70 { return -log(x) }
        if x == 1 || x == 2 { return 0 }
        if x < 2 { return lgammaBelowTwo(x) }
        if x < 8 { return lgammaTwoToEight(x) }
        if x < 0x1p58 { return lgammaStirling(x) }
        return x * (log(x) - 1)
    }

    /// 2^-70 ≤ x < 2: chooses the approximation by x; below 0.9 adds `−ln x` (in double-double,
    /// so that only the final addition rounds).
    static func lgammaBelowTwo(_ x: Double) -> Double {
        let tc = 0x1.762d86356be3fp+0
        if x < 0x1.ccccdp-1 {
            let lnX = logarithmExtended(x)
            let v: Double
            if x >= 0x1.76944p-1 {
                v = lgammaNearTwo(1 - x)
            } else if x >= 0x1.da661p-3 {
                v = lgammaNearMinimum(x - (tc - 1))
            } else {
                v = lgammaNearOne(x)
            }
            return -lnX.hi + (v - lnX.lo)
        }
        if x >= 0x1.bb4c3p+0 { return lgammaNearTwo(2 - x) }
        if x >= 0x1.3b4c4p+0 { return lgammaNearMinimum(x - tc) }
        return lgammaNearOne(x - 1)
    }

    /// ln Γ(2 − y) for 0 ≤ y ≤ 0.27: `p(y) − y/2`, p a degree-12 polynomial (Taylor-like
    /// expansion about 2, coefficients a0…a11 fitted), split into even and odd halves.
    static func lgammaNearTwo(_ y: Double) -> Double {
        let a0 = 0x1.3c467e37db0c8p-4, a1 = 0x1.4a34cc4a60fadp-2, a2 = 0x1.13e001a5562a7p-4
        let a3 = 0x1.51322ac92547bp-6, a4 = 0x1.e404fb68fefe8p-8, a5 = 0x1.7add8ccb7926bp-9
        let a6 = 0x1.38a94116f3f5dp-10, a7 = 0x1.0b6c689b99c00p-11, a8 = 0x1.cf2eced10e54dp-13
        let a9 = 0x1.c5088987dfb07p-14, a10 = 0x1.a7074428cfa52p-16, a11 = 0x1.7858e90a45837p-15
        let z = y * y
        let even = a0 + z * (a2 + z * (a4 + z * (a6 + z * (a8 + z * a10))))
        let odd = z * (a1 + z * (a3 + z * (a5 + z * (a7 + z * (a9 + z * a11)))))
        return (y * even + odd) - 0.5 * y
    }

    /// ln Γ(tc + y) for −0.23 ≤ y ≤ 0.27 about the minimum tc ≈ 1.4616:
    /// `tf + y²·T(y)`, T of degree 14 in three interleaved parts; tf's tail `tt` added last.
    static func lgammaNearMinimum(_ y: Double) -> Double {
        let tf = -0x1.f19b9bcc38a42p-4, tt = -0x1.0c7caa48a971fp-58
        let t0 = 0x1.ef72bc8ee38a2p-2, t1 = -0x1.2e4278dc6c509p-3, t2 = 0x1.08b4294d5419bp-4
        let t3 = -0x1.0c9a8df35b713p-5, t4 = 0x1.266e7970af9ecp-6, t5 = -0x1.51f9fba91ec6ap-7
        let t6 = 0x1.8fce0e370e344p-8, t7 = -0x1.e2effb3e914d7p-9, t8 = 0x1.282d32e15c915p-9
        let t9 = -0x1.6fe8ebf2d1af1p-10, t10 = 0x1.cdf0cef61a8e9p-11, t11 = -0x1.1a6109c73e0ecp-11
        let t12 = 0x1.4af6d6c0ebbf7p-12, t13 = -0x1.47f24ecc38c38p-12, t14 = 0x1.5fd3ee8c2d3f4p-12
        let z = y * y
        let w = z * y
        let p1 = t0 + w * (t3 + w * (t6 + w * (t9 + w * t12)))
        let p2 = t1 + w * (t4 + w * (t7 + w * (t10 + w * t13)))
        let p3 = t2 + w * (t5 + w * (t8 + w * (t11 + w * t14)))
        let p = z * p1 - (tt - w * (p2 + y * p3))
        return tf + p
    }

    /// ln Γ(1 + y) for −0.1 ≤ y ≤ 0.23: `−y/2 + U(y)/V(y)`, a degree-6/5 rational function.
    static func lgammaNearOne(_ y: Double) -> Double {
        let u0 = -0x1.3c467e37db0c8p-4, u1 = 0x1.4401e8b005dffp-1, u2 = 0x1.7475cd119bd6fp+0
        let u3 = 0x1.f497644ea8450p-1, u4 = 0x1.d4eaef6010924p-3, u5 = 0x1.b678bbf2bab09p-7
        let v1 = 0x1.3a5d7c2bd619cp+1, v2 = 0x1.10725a42b18f5p+1, v3 = 0x1.89dfbe45050afp-1
        let v4 = 0x1.aae55d6537c88p-4, v5 = 0x1.a5abb57d0cf61p-9
        let numerator = y * (u0 + y * (u1 + y * (u2 + y * (u3 + y * (u4 + y * u5)))))
        let denominator = 1 + y * (v1 + y * (v2 + y * (v3 + y * (v4 + y * v5))))
        return -0.5 * y + numerator / denominator
    }

    /// 2 ≤ x < 8: `ln Γ(2 + y)` by a rational function of `y = x − ⌊x⌋`, plus
    /// `ln((y + 2)(y + 3)…(y + ⌊x⌋ − 1))` with the product and its logarithm in double-double
    /// (`ln(h + l) ≈ ln h + l/h`).
    static func lgammaTwoToEight(_ x: Double) -> Double {
        let s0 = -0x1.3c467e37db0c8p-4, s1 = 0x1.b848b36e20878p-3, s2 = 0x1.4d98f4f139f59p-2
        let s3 = 0x1.2bb9cbee5f2f7p-3, s4 = 0x1.b481c7e939961p-6, s5 = 0x1.e26b67368f239p-10
        let s6 = 0x1.0bfecdd17e945p-15
        let r1 = 0x1.645a762c4ab74p+0, r2 = 0x1.71a1893d3dcdcp-1, r3 = 0x1.601edccfbdf27p-3
        let r4 = 0x1.317ea742ed475p-6, r5 = 0x1.97ddaca41a95bp-11, r6 = 0x1.ebaf7a5b38140p-18
        let i = Int(x)
        let y = x - Double(i)
        let p = y * (s0 + y * (s1 + y * (s2 + y * (s3 + y * (s4 + y * (s5 + y * s6))))))
        let q = 1 + y * (r1 + y * (r2 + y * (r3 + y * (r4 + y * (r5 + y * r6)))))
        let r = 0.5 * y + p / q
        guard i > 2 else { return r }
        var shift = DoubleDouble(1, 0)
        for j in stride(from: i - 1, through: 2, by: -1) { shift = (y + Double(j)) * shift }  // y + j is exact
        let lnShift = logarithmExtended(shift.hi) + DoubleDouble(shift.lo / shift.hi, 0)
        return lnShift.hi + (lnShift.lo + r)
    }

    /// 8 ≤ x < 2^58: `(x − ½)(ln x − 1) + w(1/x)`, the large product in double-double (with
    /// `pow`'s extended logarithm), so only the final addition rounds.
    static func lgammaStirling(_ x: Double) -> Double {
        let w0 = 0x1.acfe390c97d69p-2, w1 = 0x1.555555555553bp-4, w2 = -0x1.6c16c16b02e5cp-9
        let w3 = 0x1.a019f98cf38b6p-11, w4 = -0x1.380cb8c0fe741p-11, w5 = 0x1.b67ba4cdad5d1p-11
        let w6 = -0x1.ab89d0b9e43e4p-10
        let z = 1 / x
        let y = z * z
        let w = w0 + z * (w1 + y * (w2 + y * (w3 + y * (w4 + y * (w5 + y * w6)))))
        let lnXMinusOne = logarithmExtended(x) + DoubleDouble(-1, 0)
        let main = DoubleDouble.sum(x, -0.5) * lnXMinusOne
        return main.hi + (main.lo + w)
    }
}
