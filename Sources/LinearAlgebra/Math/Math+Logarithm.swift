extension Math {
    /// The natural logarithm ln x.
    ///
    /// **Reduction**: `x = 2^k · (1 + f)` with `√½ ≤ 1 + f < √2` (`logarithmReduction`), so
    /// `ln x = k·ln 2 + ln(1 + f)`.
    ///
    /// **Kernel** (msun): with `s = f / (2 + f)`, `ln(1 + f) = ln(1 + s) − ln(1 − s) = 2s + s·R`
    /// where `R = (2/3)s² + (2/5)s⁴ + …` is approximated on |s| ≤ 0.1716 by the degree-14 even
    /// polynomial `Lg1·s² + … + Lg7·s¹⁴` (Remez error < 2^-58.45). Since `2s = f − s·f =
    /// f − hfsq + s·hfsq` with `hfsq = f²/2`, the result is evaluated as
    /// `k·ln2Hi − ((hfsq − (s·(hfsq + R) + k·ln2Lo)) − f)`: the large terms `k·ln2Hi` and `f`
    /// are exact and added last.
    ///
    /// Special values: NaN → NaN, x < 0 → NaN, ±0 → −∞, +∞ → +∞, 1 → +0.
    ///
    /// Error: below 1 ulp by msun's analysis; measured 0.74 ulp (true), ≤ 1 ulp from glibc.
    public static func log(_ x: Double) -> Double {
        guard let (k, f) = logarithmReduction(x) else { return logarithmOfSpecial(x) }
        let dk = Double(k)
        if f == 0 { return dk * ln2Hi + dk * ln2Lo }
        let hfsq = 0.5 * f * f
        return dk * ln2Hi - ((hfsq - (logarithmKernel(f) + dk * ln2Lo)) - f)
    }

    /// The base-10 logarithm log₁₀ x.
    ///
    /// Same reduction and kernel as `log(_:)`, then `log₁₀ x = k·log₁₀2 + ln(1 + f)/ln 10` in
    /// extra precision (FreeBSD's method): `f − hfsq` is split into `hi` (its top 21 bits, so
    /// products with the 32-bit `1/ln 10` head are exact) and `lo`; `log₁₀2` and `1/ln 10` are
    /// each split into head and tail, and the two large products are summed with their
    /// rounding error recovered.
    ///
    /// Special values: as `log(_:)`.
    ///
    /// Error: measured 0.63 ulp (true); up to 2 ulp from glibc, whose log10 errs by up to 1.6.
    /// Exact at powers of ten from 1e-22 to 1e22.
    public static func log10(_ x: Double) -> Double {
        guard let (k, f) = logarithmReduction(x) else { return logarithmOfSpecial(x) }
        let inverseLn10Hi = 0x1.bcb7b15200000p-2, inverseLn10Lo = 0x1.b9438ca9aadd5p-36
        let log10Of2Hi = 0x1.34413509f6000p-2, log10Of2Lo = 0x1.9fef311f12b36p-42
        let hfsq = 0.5 * f * f
        let hi = Double(bitPattern: (f - hfsq).bitPattern & 0xffff_ffff_0000_0000)
        let lo = ((f - hi) - hfsq) + logarithmKernel(f)
        let dk = Double(k)
        let kPart = dk * log10Of2Hi
        let fPart = hi * inverseLn10Hi
        let sum = kPart + fPart
        let tail = dk * log10Of2Lo + (lo + hi) * inverseLn10Lo + lo * inverseLn10Hi
        return (tail + ((kPart - sum) + fPart)) + sum
    }

    /// `ln(1 + f) − f + f²/2 = s·(f²/2 + R(s²))` for `√½ ≤ 1 + f < √2`, `s = f/(2 + f)`:
    /// msun's degree-14 polynomial R, evaluated in two interleaved halves.
    static func logarithmKernel(_ f: Double) -> Double {
        let lg1 = 0x1.5555555555593p-1, lg2 = 0x1.999999997fa04p-2, lg3 = 0x1.2492494229359p-2
        let lg4 = 0x1.c71c51d8e78afp-3, lg5 = 0x1.7466496cb03dep-3, lg6 = 0x1.39a09d078c69fp-3
        let lg7 = 0x1.2f112df3e5244p-3
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let odd = w * (lg2 + w * (lg4 + w * lg6))
        let even = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        return s * (0.5 * f * f + (even + odd))
    }

    /// Writes a positive finite `x` as `2^k · (1 + f)` with `√½ ≤ 1 + f < √2`; `f` is exact
    /// (Sterbenz). Subnormal `x` is handled by `exponent`/`significand`, which normalise it.
    /// Returns nil for zero, negative, infinite and NaN arguments.
    static func logarithmReduction(_ x: Double) -> (k: Int, f: Double)? {
        guard x > 0, x < .infinity else { return nil }
        var k = Int(x.exponent)
        var m = x.significand
        if m >= 0x1.6a09e667f3bcdp+0 {
            m *= 0.5
            k += 1
        }
        return (k, m - 1)
    }

    /// The value of a logarithm at an argument `logarithmReduction` refused: NaN for NaN and
    /// negative numbers (−∞ included), −∞ for ±0, +∞ for +∞.
    static func logarithmOfSpecial(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x == 0 { return -.infinity }
        return x > 0 ? x : .nan
    }
}
