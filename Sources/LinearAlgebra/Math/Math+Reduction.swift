extension Math {
    /// `x = n·π/2 + (hi + lo)` with |hi + lo| ≲ π/4, for finite x; `sin` and `cos` use n mod 4.
    ///
    /// Below 2^20·π/2 (≈ 1.6e6): Cody–Waite with π/2 in three 33-bit parts (msun's medium
    /// case). `n = round(x·2/π)` has at most 21 bits, so each `n·part` is exact; the second and
    /// third parts are subtracted only when cancellation has eaten the first's 85 good bits.
    /// Above: Payne–Hanek in integer arithmetic (`reducedLarge`).
    static func reducedModuloHalfPi(_ x: Double) -> (n: Int, hi: Double, lo: Double) {
        x.magnitude < 0x1.921fbp+20 ? reducedMedium(x) : reducedLarge(x)
    }

    static func reducedMedium(_ x: Double) -> (n: Int, hi: Double, lo: Double) {
        let part1 = 0x1.921fb54400000p+0, tail1 = 0x1.0b4611a626331p-34
        let part2 = 0x1.0b4611a600000p-34, tail2 = 0x1.3198a2e037073p-69
        let part3 = 0x1.3198a2e000000p-69, tail3 = 0x1.b839a252049c1p-104
        let fn = (x * 0x1.45f306dc9c883p-1).rounded(.toNearestOrEven)
        let exponent = Int(x.exponentBitPattern)
        var r = x - fn * part1
        var w = fn * tail1
        var hi = r - w
        if exponent - Int(hi.exponentBitPattern) > 16 {
            var t = r
            w = fn * part2
            r = t - w
            w = fn * tail2 - ((t - r) - w)
            hi = r - w
            if exponent - Int(hi.exponentBitPattern) > 49 {
                t = r
                w = fn * part3
                r = t - w
                w = fn * tail3 - ((t - r) - w)
                hi = r - w
            }
        }
        return (Int(fn), hi, (r - hi) - w)
    }

    /// Payne–Hanek for |x| ≥ 2^20: with |x| = m·2^e (m a 53-bit integer), `|x|·2/π mod 4` is
    /// `m · C · 2^-190 mod 4`, where C is the 192 bits of 2/π from bit e − 1 on (earlier bits
    /// contribute multiples of 4, later ones less than 2^-137). The product is taken modulo
    /// 2^192 in 64-bit words: its top two bits are n mod 4, the rest the fraction, rounded to
    /// [−½, ½) and multiplied by π/2 in double-double. Exact integer arithmetic, so the
    /// fraction keeps at least 70 correct bits even for the x closest to a multiple of π/2.
    static func reducedLarge(_ x: Double) -> (n: Int, hi: Double, lo: Double) {
        let e = Int(x.exponent) - 52
        let m = x.significandBitPattern | (1 << 52)
        let c0 = twoOverPiBits(at: e - 2), c1 = twoOverPiBits(at: e + 62), c2 = twoOverPiBits(at: e + 126)
        let (h2, w0) = m.multipliedFullWidth(by: c2)
        let (h1, l1) = m.multipliedFullWidth(by: c1)
        let (w1, carry) = h2.addingReportingOverflow(l1)
        let w2 = h1 &+ (m &* c0) &+ (carry ? 1 : 0)
        var n = Int(w2 >> 62)
        var words = [(w2 << 2) | (w1 >> 62), (w1 << 2) | (w0 >> 62), w0 << 2]
        let negative = words[0] >> 63 == 1
        if negative {
            n += 1
            words = negated(words)
        }
        var (hi, lo) = fixedPointToDoubleDouble(words)
        if negative { (hi, lo) = (-hi, -lo) }
        let halfPi = DoubleDouble(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54)
        let y = DoubleDouble(hi, lo) * halfPi
        return x < 0 ? (-n, -y.hi, -y.lo) : (n, y.hi, y.lo)
    }

    /// 2^192 − v for a 192-bit v (three words, most significant first).
    static func negated(_ v: [UInt64]) -> [UInt64] {
        let (low, c0) = (~v[2]).addingReportingOverflow(1)
        let (middle, c1) = (~v[1]).addingReportingOverflow(c0 ? 1 : 0)
        return [(~v[0]) &+ (c1 ? 1 : 0), middle, low]
    }

    /// A 192-bit fraction `v / 2^192` (three words, most significant first) as `hi + lo` with
    /// 53 significant bits each, truncated after its first 106 significant bits.
    static func fixedPointToDoubleDouble(_ v: [UInt64]) -> (hi: Double, lo: Double) {
        var v = v, shift = 0
        while v[0] == 0 {
            if v[1] == 0 && v[2] == 0 { return (0, 0) }
            v = [v[1], v[2], 0]
            shift += 64
        }
        let z = v[0].leadingZeroBitCount
        let top = z == 0 ? v[0] : (v[0] << z) | (v[1] >> (64 - z))
        let next = z == 0 ? v[1] : (v[1] << z) | (v[2] >> (64 - z))
        shift += z
        let hi = Double(top >> 11) * powerOfTwo(-53 - shift)
        let lo = Double(((top & 0x7ff) << 42) | (next >> 22)) * powerOfTwo(-106 - shift)
        return (hi, lo)
    }

    /// The 64 bits of the binary expansion of 2/π that start at bit `index` (bit 0 is the first
    /// after the binary point; negative indices are the zero integer bits).
    static func twoOverPiBits(at index: Int) -> UInt64 {
        if index <= -64 { return 0 }
        if index < 0 { return twoOverPi[0] >> UInt64(-index) }
        let word = index / 64, offset = index % 64
        if offset == 0 { return twoOverPi[word] }
        return (twoOverPi[word] << UInt64(offset)) | (twoOverPi[word + 1] >> UInt64(64 - offset))
    }

    /// 2/π to 1280 bits (0.a2f9836e…), enough for the largest double's exponent.
    static let twoOverPi: [UInt64] = [
        0xa2f9_836e_4e44_1529, 0xfc27_57d1_f534_ddc0, 0xdb62_9599_3c43_9041, 0xfe51_63ab_debb_c561,
        0xb724_6e3a_424d_d2e0, 0x0649_2eea_09d1_921c, 0xfe1d_eb1c_b129_a73e, 0xe882_35f5_2ebb_4484,
        0xe99c_7026_b45f_7e41, 0x3991_d639_8353_39f4, 0x9c84_5f8b_bdf9_283b, 0x1ff8_97ff_de05_980f,
        0xef2f_118b_5a0a_6d1f, 0x6d36_7ecf_27cb_09b7, 0x4f46_3f66_9e5f_ea2d, 0x7527_bac7_ebe5_f17b,
        0x3d07_39f7_8a52_92ea, 0x6bfb_5fb1_1f8d_5d08, 0x5603_3046_fc7b_6bab, 0xf0cf_bc20_9af4_361d,
    ]
}
