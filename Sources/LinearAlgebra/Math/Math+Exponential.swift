extension Math {
    /// e^x.
    ///
    /// **Reduction** (Cody–Waite): `k = round(x / ln 2)` and `r = x − k·ln 2 = hi − lo` with
    /// `hi = x − k·ln2Hi` (exact: `k·ln2Hi` is exact and close to `x`) and `lo = k·ln2Lo`, so
    /// `|r| ≤ ½ ln 2 + ε` and `e^x = 2^k · e^r`.
    ///
    /// **Kernel** (msun): with `R(r²) = r·(e^r + 1)/(e^r − 1) = 2 + r²/6 − r⁴/360 + …`
    /// approximated on [0, 0.3466] by `2 + P1·z + … + P5·z⁵` (z = r², Remez error < 2^-59),
    /// `e^r = 1 + r + r·c/(2 − c)`, `c = r − z·(P1 + … + P5·z⁴)`, evaluated as
    /// `1 − ((lo − r·c/(2 − c)) − hi)` so the tail `lo` is not lost.
    ///
    /// **Scaling**: by multiplying with 2^k built from bits (`scaled(_:byPowerOfTwo:)`).
    ///
    /// Special values: NaN → NaN, +∞ → +∞, −∞ → 0; x > 709.782712893384 → +∞;
    /// x < −745.1332191019411 → 0; |x| < 2^-28 → `1 + x`. Subnormal results are rounded twice.
    ///
    /// Error: below 1 ulp by msun's analysis; measured 0.83 ulp (true), ≤ 1 ulp from glibc.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x > 0x1.62e42fefa39efp+9 { return .infinity }
        if x < -0x1.74910d52d3051p+9 { return 0 }
        if x.magnitude < 0x1p-28 { return 1 + x }
        let k = (x * inverseLn2).rounded(.toNearestOrEven)
        return exponentialKernel(hi: x - k * ln2Hi, lo: k * ln2Lo, k: Int(k))
    }

    /// `exp(_:)` of every element, in place, through the engine's kernels (``KernelPath/current``):
    /// the same bits as calling `exp(_:)` on each, four at a time.
    public static func exp(inPlace values: UnsafeMutableBufferPointer<Double>) {
        guard let base = values.baseAddress, !values.isEmpty else { return }
        KernelPath.current.exponentials(of: base, into: base, count: values.count)
    }

    /// `e^(hi − lo) · 2^k` for `|hi − lo| ≲ ½ ln 2`, `|lo|` small beside `hi`, and
    /// -1076 ≤ k ≤ 1024: msun's rational kernel (see `exp(_:)`) and the scaling.
    /// `pow` calls it with the tail of `y · ln x` folded into `lo`.
    static func exponentialKernel(hi: Double, lo: Double, k: Int) -> Double {
        let p1 = 0x1.555555555553ep-3, p2 = -0x1.6c16c16bebd93p-9, p3 = 0x1.1566aaf25de2cp-14
        let p4 = -0x1.bbd41c5d26bf1p-20, p5 = 0x1.6376972bea4d0p-25
        let r = hi - lo
        let z = r * r
        let c = r - z * (p1 + z * (p2 + z * (p3 + z * (p4 + z * p5))))
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        return scaled(y, byPowerOfTwo: k)
    }

    /// 2^k as a double, for -1022 ≤ k ≤ 1023, built from its bits.
    @inline(__always)
    static func powerOfTwo(_ k: Int) -> Double {
        Double(bitPattern: UInt64(1023 + k) << 52)
    }

    /// y · 2^k for y in about [0.7, 1.5) and -1075 ≤ k ≤ 1024, by exact multiplications by
    /// powers of two (the last one rounds when the product is subnormal, or overflows to ∞).
    static func scaled(_ y: Double, byPowerOfTwo k: Int) -> Double {
        if k > 1023 { return y * 2 * 0x1p1023 }
        if k >= -1021 { return y * powerOfTwo(k) }
        return y * powerOfTwo(k + 1000) * 0x1p-1000
    }
}
