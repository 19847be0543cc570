import Foundation
import LinearAlgebra
import Testing

/// `Math` against glibc (accuracy), C99 (special values), pinned bit patterns (the order of
/// operations) and identities. glibc is the reference for accuracy because it is within about
/// half an ulp of the true value for these functions (log10: 1.6 ulp, lgamma: 2 ulp), so a
/// distance of at most 1 ulp from it means the implementation is close to correctly rounded.
@Suite struct MathTests {
    // MARK: accuracy against glibc, 100 000 seeded inputs per range

    @Test func expIsWithinOneUlpOfGlibc() {
        expectWithin(1, "exp", Math.exp, Foundation.exp) { $0.uniform(-745.13, 709.78) }
        expectWithin(1, "exp", Math.exp, Foundation.exp) { $0.uniform(-1, 1) }
        expectWithin(1, "exp", Math.exp, Foundation.exp) { $0.uniform(-745.13, -708) }  // subnormal results
    }

    @Test func logIsWithinOneUlpOfGlibc() {
        expectWithin(1, "log", Math.log, Foundation.log) { $0.anyPositive() }
        expectWithin(1, "log", Math.log, Foundation.log) { $0.uniform(0.5, 2) }
    }

    @Test func log10IsWithinTwoUlpsOfGlibc() {
        expectWithin(2, "log10", Math.log10, Foundation.log10) { $0.anyPositive() }
        expectWithin(2, "log10", Math.log10, Foundation.log10) { $0.uniform(0.5, 2) }
    }

    @Test func sinAndCosAreWithinOneUlpOfGlibc() {
        let ranges: [(inout Inputs) -> Double] = [
            { $0.uniform(-10, 10) },
            { $0.uniform(-1.6e6, 1.6e6) },  // the Cody–Waite reduction
            { $0.anyFinite(exponents: 20...1023) },  // Payne–Hanek
        ]
        for range in ranges {
            expectWithin(1, "sin", Math.sin, Foundation.sin, range)
            expectWithin(1, "cos", Math.cos, Foundation.cos, range)
        }
    }

    @Test func powIsWithinOneUlpOfGlibc() {
        let ranges: [(inout Inputs) -> (Double, Double)] = [
            { ($0.uniform(0, 10), $0.uniform(-10, 10)) },
            { ($0.uniform(0.9, 1.1), $0.uniform(-7000, 7000)) },  // large y, result far from 1
            { (-$0.uniform(0, 10), $0.uniform(-40, 40).rounded(.towardZero)) },  // negative x
            { g in  // results over the whole range, subnormals included
                let x = g.anyPositive()
                return (x, g.uniform(-745, 709.7) / Foundation.log(x).magnitude)
            },
        ]
        for range in ranges {
            var inputs = Inputs(seed: 7)
            var worst: UInt64 = 0
            var at = (0.0, 0.0)
            for _ in 0..<100_000 {
                let (x, y) = range(&inputs)
                let error = ulps(Math.pow(x, y), Foundation.pow(x, y))
                if error > worst { (worst, at) = (error, (x, y)) }
            }
            #expect(worst <= 1, "pow\(at): \(worst) ulps from glibc")
        }
    }

    @Test func lgammaIsWithinTwoUlpsOfGlibc() {
        let glibc: (Double) -> Double = Foundation.lgamma
        expectWithin(2, "lgamma", Math.lgamma, glibc) { $0.uniform(0, 10) }
        expectWithin(2, "lgamma", Math.lgamma, glibc) { $0.uniform(0.9, 2.1) }  // the zeros at 1 and 2
        expectWithin(2, "lgamma", Math.lgamma, glibc) { $0.anyFinite(exponents: -80...1000) }
    }

    // MARK: special values (C99 Annex F)

    @Test func expSpecialValues() {
        #expect(Math.exp(0) == 1 && Math.exp(-0.0) == 1)
        #expect(Math.exp(.infinity) == .infinity && Math.exp(-.infinity) == 0)
        #expect(Math.exp(.nan).isNaN)
        #expect(Math.exp(709.782712893384) == 0x1.fffffffffff2ap+1023)
        #expect(Math.exp(709.8) == .infinity && Math.exp(-745.2) == 0)
        #expect(Math.exp(-745.1332191019411) == .leastNonzeroMagnitude)
        #expect(Math.exp(0x1p-30) == 1 + 0x1p-30)
    }

    @Test func logarithmSpecialValues() {
        for log in [Math.log, Math.log10] {
            #expect(log(1) == 0 && log(1).sign == .plus)
            #expect(log(0) == -.infinity && log(-0.0) == -.infinity)
            #expect(log(-1).isNaN && log(-.infinity).isNaN && log(.nan).isNaN)
            #expect(log(.infinity) == .infinity)
        }
        #expect(Math.log(.leastNonzeroMagnitude) == Foundation.log(Double.leastNonzeroMagnitude))
        for k in -22...22 {
            #expect(Math.log10(Double("1e\(k)")!) == Double(k), "log10(1e\(k))")
        }
    }

    @Test func powSpecialValues() {
        let nan = Double.nan, inf = Double.infinity
        #expect(Math.pow(nan, 0) == 1 && Math.pow(inf, -0.0) == 1 && Math.pow(1, nan) == 1 && Math.pow(1, inf) == 1)
        #expect(Math.pow(nan, 1).isNaN && Math.pow(2, nan).isNaN)
        #expect(Math.pow(-1, inf) == 1 && Math.pow(-1, -inf) == 1)
        #expect(Math.pow(0.5, inf) == 0 && Math.pow(0.5, -inf) == inf && Math.pow(2, inf) == inf && Math.pow(2, -inf) == 0)
        #expect(Math.pow(-0.0, 3) == 0 && Math.pow(-0.0, 3).sign == .minus && Math.pow(-0.0, 2).sign == .plus)
        #expect(Math.pow(-0.0, -3) == -inf && Math.pow(0, -2) == inf && Math.pow(-0.0, -0.5) == inf)
        #expect(Math.pow(-inf, 3) == -inf && Math.pow(-inf, 2) == inf && Math.pow(-inf, -3).sign == .minus)
        #expect(Math.pow(inf, -1) == 0 && Math.pow(inf, 0.5) == inf)
        #expect(Math.pow(-8, 1.0 / 3).isNaN && Math.pow(-2, 3) == -8 && Math.pow(-2, 0x1p60) == inf)
        #expect(Math.pow(2, 1024) == inf && Math.pow(2, -1075) == 0 && Math.pow(-2, 1025) == -inf)
        #expect(Math.pow(2, -1074) == .leastNonzeroMagnitude && Math.pow(2, 1023) == 0x1p1023)
    }

    @Test func powOfIntegersIsExact() {
        for base in 2...20 {
            for exponent in 0...40 {
                let exact = (0..<exponent).reduce(1.0) { product, _ in product * Double(base) }
                guard exact < 0x1p53 else { break }
                #expect(Math.pow(Double(base), Double(exponent)) == exact, "\(base)^\(exponent)")
            }
        }
        for k in -1074...1023 {
            #expect(Math.pow(2, Double(k)) == Double(sign: .plus, exponent: k, significand: 1))
        }
    }

    @Test func trigonometricSpecialValues() {
        #expect(Math.sin(0) == 0 && Math.sin(-0.0).sign == .minus && Math.cos(0) == 1 && Math.cos(-0.0) == 1)
        for x in [Double.infinity, -.infinity, .nan] {
            #expect(Math.sin(x).isNaN && Math.cos(x).isNaN)
        }
        #expect(Math.sin(0x1p-30) == 0x1p-30 && Math.cos(0x1p-30) == 1)
        #expect(Math.sin(.greatestFiniteMagnitude) == Foundation.sin(Double.greatestFiniteMagnitude))
    }

    @Test func lgammaSpecialValues() {
        #expect(Math.lgamma(1) == 0 && Math.lgamma(2) == 0)
        #expect(Math.lgamma(0) == .infinity && Math.lgamma(.infinity) == .infinity)
        #expect(Math.lgamma(.nan).isNaN && Math.lgamma(-1.5).isNaN)  // outside the documented domain
        #expect(Math.lgamma(0x1p-80) == -Math.log(0x1p-80))
        #expect(Math.lgamma(.greatestFiniteMagnitude) == .infinity)
    }

    // MARK: pinned bit patterns: a change in any order of operations shows here

    static let pinned: [(String, Double, UInt64)] = [
        ("exp(1)", Math.exp(1), 0x4005_bf0a_8b14_576a),
        ("exp(-1)", Math.exp(-1), 0x3fd7_8b56_362c_ef38),
        ("exp(0.1)", Math.exp(0.1), 0x3ff1_aec7_b35a_00d4),
        ("exp(100)", Math.exp(100), 0x48f3_494a_9b17_1bf5),
        ("exp(-740)", Math.exp(-740), 0x0000_0000_0000_0055),
        ("log(10)", Math.log(10), 0x4002_6bb1_bbb5_5516),
        ("log(0.1)", Math.log(0.1), 0xc002_6bb1_bbb5_5515),
        ("log(1e-310)", Math.log(Double("1e-310")!), 0xc086_4e69_394d_9508),  // parsed: a subnormal literal warns
        ("log10(7)", Math.log10(7), 0x3feb_0b0b_0b78_cc3f),
        ("log10(3000)", Math.log10(3000), 0x400b_d124_f2c9_fac0),
        ("pow(2, 0.5)", Math.pow(2, 0.5), 0x3ff6_a09e_667f_3bcc),
        ("pow(10, -3.7)", Math.pow(10, -3.7), 0x3f2a_26fd_4727_80c1),
        ("pow(0.999, 12345)", Math.pow(0.999, 12345), 0x3ed2_2391_fb94_567e),
        ("pow(1.5, -700)", Math.pow(1.5, -700), 0x2657_0afa_8eee_60e2),
        ("pow(0.9, 0.001)", Math.pow(0.9, 0.001), 0x3fef_ff23_0dfb_cec7),
        ("sin(0.5)", Math.sin(0.5), 0x3fde_aee8_744b_05f0),
        ("sin(100)", Math.sin(100), 0xbfe0_3425_b78c_4db8),
        ("sin(1e6)", Math.sin(1e6), 0xbfd6_664b_2568_d867),
        ("sin(1e300)", Math.sin(1e300), 0xbfea_2c16_b010_e385),
        ("cos(1)", Math.cos(1), 0x3fe1_4a28_0fb5_068c),
        ("cos(100)", Math.cos(100), 0x3feb_981d_bf66_5fdf),
        ("cos(1e22)", Math.cos(1e22), 0x3fe0_be2c_ef01_c8f4),
        ("lgamma(1e-5)", Math.lgamma(1e-5), 0x4027_069d_68f4_ec83),
        ("lgamma(1.25)", Math.lgamma(1.25), 0xbfb9_2857_d38c_af41),
        ("lgamma(3.7)", Math.lgamma(3.7), 0x3ff6_d962_5e35_9b87),
        ("lgamma(100.25)", Math.lgamma(100.25), 0x4076_848d_8e68_1f58),
        ("lgamma(1e20)", Math.lgamma(1e20), 0x446e_8739_77d7_ba97),
    ]

    @Test(arguments: pinned)
    func pinnedBits(_ name: String, _ value: Double, _ bits: UInt64) {
        #expect(value.bitPattern == bits, "\(name) = \(value), bits 0x\(String(value.bitPattern, radix: 16))")
    }

    // MARK: identities and monotonicity

    @Test func expInvertsLog() {
        var inputs = Inputs(seed: 3)
        for _ in 0..<20_000 {
            let x = inputs.anyFinite(exponents: -1000...1000)
            // the rounding of log x (≤ ½ ulp of |ln x|) becomes a relative error of exp.
            let tolerance = 4 * 0x1p-53 * max(1, Foundation.log(x).magnitude)
            #expect(abs(Math.exp(Math.log(x)) / x - 1) <= tolerance, "exp(log(\(x)))")
        }
    }

    @Test func sineAndCosineStayOnTheCircle() {
        var inputs = Inputs(seed: 4)
        for _ in 0..<20_000 {
            let x = inputs.uniform(-100, 100)
            let (s, c) = (Math.sin(x), Math.cos(x))
            #expect(abs(s * s + c * c - 1) <= 4 * 0x1p-53, "sin² + cos² at \(x)")
            #expect(Math.sin(-x) == -s && Math.cos(-x) == c, "symmetry at \(x)")
        }
    }

    @Test func functionsAreMonotonicAcrossTheirBranchPoints() {
        let increasing: [(String, (Double) -> Double, [Double])] = [
            ("exp", Math.exp, [0.5 * 0.6931471805599453, 1.5 * 0.6931471805599453, 0x1p-28, 0, 1, 709.78]),
            ("log", Math.log, [1, 0.7071067811865476, 1.4142135623730951, 0x1p-1022, 2]),
            ("log10", Math.log10, [1, 1.4142135623730951, 10, 1000]),
            ("sin", Math.sin, [0x1p-26, 0.7853981633974483, 0]),
            ("lgamma", Math.lgamma, [2, 0x1.bb4c3p+0, 8, 0x1p58, 3, 4, 7]),
            ("pow(·, 2.5)", { Math.pow($0, 2.5) }, [1, 1.4142135623730951, 0.7071067811865476]),
        ]
        for (name, f, points) in increasing {
            for point in points {
                var x = point
                for _ in 0..<1000 { x = x.nextDown }
                var previous = f(x)
                for _ in 0..<2000 {
                    x = x.nextUp
                    let value = f(x)
                    #expect(value >= previous, "\(name) decreases at \(x)")
                    previous = value
                }
            }
        }
    }

    // MARK: helpers

    /// Asserts that `mine` is within `bound` ulps of `reference` on 100 000 inputs.
    func expectWithin(_ bound: UInt64, _ name: String, _ mine: (Double) -> Double,
                      _ reference: (Double) -> Double, _ input: (inout Inputs) -> Double) {
        var inputs = Inputs(seed: 42)
        var worst: UInt64 = 0
        var at = 0.0
        for _ in 0..<100_000 {
            let x = input(&inputs)
            let error = ulps(mine(x), reference(x))
            if error > worst { (worst, at) = (error, x) }
        }
        #expect(worst <= bound, "\(name)(\(at)): \(worst) ulps from glibc")
    }

    /// The number of doubles between `a` and `b` (0 when equal or both NaN).
    func ulps(_ a: Double, _ b: Double) -> UInt64 {
        if a == b || (a.isNaN && b.isNaN) { return 0 }
        if a.isNaN || b.isNaN { return .max }
        func ordinal(_ x: Double) -> Int64 {
            let magnitude = Int64(bitPattern: x.bitPattern & 0x7fff_ffff_ffff_ffff)
            return x.sign == .minus ? -magnitude : magnitude
        }
        let (difference, overflow) = ordinal(a).subtractingReportingOverflow(ordinal(b))
        return overflow ? .max : difference.magnitude
    }
}

/// Seeded inputs (SplitMix64), independent of any library's random numbers.
struct Inputs {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Uniform on [a, b).
    mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * (Double(next() >> 11) * 0x1p-53)
    }

    /// A positive double with a uniformly random binade in `exponents` and significand.
    mutating func anyFinite(exponents: ClosedRange<Int>) -> Double {
        let exponent = exponents.lowerBound + Int(next() % UInt64(exponents.count))
        return Double(sign: .plus, exponent: exponent, significand: 1 + Double(next() >> 12) * 0x1p-52)
    }

    /// A positive double, subnormals included, uniform in its binade (-1074 ... 1023).
    mutating func anyPositive() -> Double {
        anyFinite(exponents: -1074...1023)
    }
}
