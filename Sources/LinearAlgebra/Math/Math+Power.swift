extension Math {
    /// x^y.
    ///
    /// **Special cases** (C99 F.9.4.4): pow(x, ±0) = 1 and pow(+1, y) = 1 for every x, y (NaN
    /// included); otherwise NaN in → NaN; pow(−1, ±∞) = 1; pow(x, −∞) = +∞ for |x| < 1 and +0
    /// for |x| > 1 (the reverse for +∞); pow(±0, y) and pow(±∞, y) are 0 or ∞ by the signs, with
    /// the sign of x kept for odd integer y; x < 0 with non-integer y → NaN. For x < 0 and
    /// integer y, pow(x, y) = ±pow(|x|, y), negative for odd y. y = 1, 2, −1 give x, x·x, 1/x
    /// (correctly rounded).
    ///
    /// **Method**: `|x|^y = e^z`, `z = y · ln|x|`, with `ln|x|` and `z` in double-double
    /// (`logarithmExtended`, then an exact Dekker product), and `e^z` by `exp`'s reduction and
    /// kernel with the tail of `z` folded into the reduced argument. The absolute error of `z`
    /// is about |z|·2^-68, below 2^-58 for any z that does not overflow or underflow, so the
    /// result is as accurate as `exp`'s kernel: measured 0.84 ulp (true), ≤ 1 ulp from glibc
    /// (subnormal results are rounded twice). Integer powers that fit in 53 bits come out
    /// exact. Overflow gives ±∞ and underflow ±0.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if let value = powerSpecialCase(x, y) { return value }
        let magnitude = powerOfPositive(x.magnitude, y)
        return x < 0 && isOddInteger(y) ? -magnitude : magnitude
    }

    /// The special cases of `pow` listed in its comment, or nil when `x` is finite, nonzero and
    /// not 1, `y` finite and nonzero, and `y` an integer if `x` < 0.
    static func powerSpecialCase(_ x: Double, _ y: Double) -> Double? {
        if y == 0 || x == 1 { return 1 }
        if x.isNaN || y.isNaN { return x + y }
        if y.isInfinite {
            if x == -1 { return 1 }
            return (x.magnitude < 1) == (y < 0) ? .infinity : 0
        }
        if x == 0 || x.isInfinite {
            let magnitude: Double = (x == 0) == (y < 0) ? .infinity : 0
            return x.sign == .minus && isOddInteger(y) ? -magnitude : magnitude
        }
        if x < 0 && !isInteger(y) { return .nan }
        return nil
    }

    /// `a^y` for finite positive `a` ≠ 1 and finite nonzero `y`.
    static func powerOfPositive(_ a: Double, _ y: Double) -> Double {
        if y == 1 { return a }
        if y == 2 { return a * a }
        if y == -1 { return 1 / a }
        let lnA = logarithmExtended(a)
        let estimate = y * lnA.hi
        if estimate > 710 { return .infinity }
        if estimate < -746 { return 0 }
        let z = y * lnA  // |y| < 2^63 here, since |ln a| > 2^-54: no overflow in the splitting
        let k = (z.hi * inverseLn2).rounded(.toNearestOrEven)
        return exponentialKernel(hi: z.hi - k * ln2Hi, lo: k * ln2Lo - z.lo, k: Int(k))
    }

    /// ln a for positive finite `a`, as a double-double with relative error below about 2^-68.
    ///
    /// `a = 2^k (1 + f)` as in `log`; `s = f/(2 + f)` is formed in double-double (the rounding
    /// errors of `2 + f` and of the quotient recovered exactly), and
    /// `ln(1 + f) = 2 atanh s = 2s + (2/3)s³ + (2/5)s⁵ + s⁷ Σ_{n=3}^{12} 2 s^(2n−6)/(2n+1)`:
    /// the first three terms in double-double, the Taylor tail in double (it is below 2^-18 of
    /// the whole, and the omitted terms below 2^-70 since |s| ≤ 0.1716). Then `k · ln 2` is added
    /// with ln 2 as a double-double.
    static func logarithmExtended(_ a: Double) -> DoubleDouble {
        guard let (k, f) = logarithmReduction(a) else { return DoubleDouble(logarithmOfSpecial(a), 0) }
        let d = 2 + f
        let dLo = f - (d - 2)
        let sHi = f / d
        let p = DoubleDouble.product(sHi, d)
        let s = DoubleDouble(sHi, (((f - p.hi) - p.lo) - sHi * dLo) / d)
        let s2 = s * s
        let s3 = s * s2
        let s5 = s3 * s2
        let tail = s5.hi * s2.hi * atanhTaylorTail(s2.hi)
        let twoThirds = DoubleDouble(0x1.5555555555555p-1, 0x1.5555555555555p-55)
        let twoFifths = DoubleDouble(0x1.999999999999ap-2, -0x1.999999999999ap-56)
        let series = DoubleDouble(2 * s.hi, 2 * s.lo) + (twoThirds * s3 + (twoFifths * s5 + DoubleDouble(tail, 0)))
        let ln2 = DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56)
        return Double(k) * ln2 + series
    }

    /// `Σ_{n=3}^{12} 2 w^(n−3)/(2n+1)` by Horner's rule (coefficients 2/7 … 2/25, rounded).
    static func atanhTaylorTail(_ w: Double) -> Double {
        let c7: Double = 2.0 / 7, c9: Double = 2.0 / 9, c11: Double = 2.0 / 11, c13: Double = 2.0 / 13
        let c15: Double = 2.0 / 15, c17: Double = 2.0 / 17, c19: Double = 2.0 / 19
        let c21: Double = 2.0 / 21, c23: Double = 2.0 / 23, c25: Double = 2.0 / 25
        var t = c25
        t = c23 + w * t
        t = c21 + w * t
        t = c19 + w * t
        t = c17 + w * t
        t = c15 + w * t
        t = c13 + w * t
        t = c11 + w * t
        t = c9 + w * t
        return c7 + w * t
    }

    /// Whether a finite `y` is an integer.
    static func isInteger(_ y: Double) -> Bool {
        y.rounded(.towardZero) == y
    }

    /// Whether `y` is an odd integer (every double of magnitude ≥ 2^53 is even).
    static func isOddInteger(_ y: Double) -> Bool {
        guard y.isFinite, y.magnitude < 0x1p53, isInteger(y) else { return false }
        return Int64(y) & 1 == 1
    }
}
