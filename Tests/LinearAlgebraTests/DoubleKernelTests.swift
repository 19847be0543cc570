import Testing
import LinearAlgebra

/// The kernels' double-precision element-wise work: the exponential and the logarithm bit for
/// bit `Math.exp` and `Math.log` on every path (special values included), softmax rows in the
/// documented order, the non-finite scan, and the Adam step.
@Suite struct DoubleKernelTests {
    /// `count` uniform values in [0, 1) from a fixed LCG: the same inputs on every machine.
    static func units(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// Inputs of every kind: the softmax range, tiny values around 2⁻²⁸, the edges of the plain
    /// range (−708, 709), overflow and underflow to subnormals and zero, NaN and infinities.
    static func inputs(_ count: Int) -> [Double] {
        let special: [Double] = [0, -0.0, 0x1p-28, -0x1p-28, 0x1p-29, -0x1.fffffffffffffp-29, 1e-300, -708, -708.0000001,
                                 709, 709.0000001, 709.78, 709.8, -745.1, -745.2, -720, -1000, 1000,
                                 .nan, .infinity, -.infinity, .leastNonzeroMagnitude, -.greatestFiniteMagnitude]
        return special + units(count, seed: 0x9E37_79B9_7F4A_7C15).enumerated().map { i, unit in
            switch i % 4 {
            case 0: return -40 * unit                       // softmax terms
            case 1: return 1500 * unit - 750                 // the whole range and past it
            case 2: return (unit - 0.5) * 0x1p-26            // around 2⁻²⁸
            default: return (unit - 0.5) * 4
            }
        }
    }

    /// Logarithm inputs: softmax sums in [1, 10], the cut at √2, powers of two (f = 0),
    /// subnormals, the ends of the normal range, and what has no logarithm.
    static func logarithmInputs(_ count: Int) -> [Double] {
        let special: [Double] = [1, 2, 0.5, 4, 1024, 0x1p-1022, 0x1p-1023, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
                                 0x1.6a09e667f3bcdp+0, 0x1.6a09e667f3bccp+0, 0x1.6a09e667f3bcdp+1, 1.0.nextUp, 1.0.nextDown,
                                 0, -0.0, -1, .nan, .infinity, -.infinity, 0x1.8p-1031, 3e300]
        return special + units(count, seed: 0xD1B5_4A32_D192_ED03).enumerated().map { i, unit in
            switch i % 3 {
            case 0: return 1 + 9 * unit                      // softmax sums
            case 1: return Math.exp(1400 * unit - 700)       // the whole range
            default: return unit * 0x1p-1030                 // subnormal and tiny normal
            }
        }
    }

    /// Every supported path's array function against the scalar one, bit for bit.
    static func expectEveryPath(_ x: [Double], equal scalar: (Double) -> Double,
                                _ kernel: (KernelPath, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void) {
        let expected = x.map { scalar($0).bitPattern }
        for path in KernelPath.allCases where path.isSupported {
            var y = [Double](repeating: 1, count: x.count)
            x.withUnsafeBufferPointer { source in
                y.withUnsafeMutableBufferPointer { kernel(path, source.baseAddress!, $0.baseAddress!, x.count) }
            }
            #expect(y.map(\.bitPattern) == expected, "path \(path)")
        }
    }

    @Test(arguments: [1, 3, 4, 7, 33, 1000, 4099])
    func everyPathGivesMathExpBitForBit(count: Int) {
        Self.expectEveryPath(Self.inputs(count), equal: Math.exp) { $0.exponentials(of: $1, into: $2, count: $3) }
    }

    @Test(arguments: [1, 3, 4, 7, 33, 1000, 4099])
    func everyPathGivesMathLogBitForBit(count: Int) {
        Self.expectEveryPath(Self.logarithmInputs(count), equal: Math.log) { $0.logarithms(of: $1, into: $2, count: $3) }
    }

    @Test func inPlaceEqualsOneByOne() {
        var values = Self.inputs(257)
        let expected = values.map { Math.exp($0).bitPattern }
        values.withUnsafeMutableBufferPointer { Math.exp(inPlace: $0) }
        #expect(values.map(\.bitPattern) == expected)
    }

    /// Softmax rows the way the documentation states them, one `Math.exp` at a time.
    static func referenceSoftmax(_ z: [Double], columns: Int, offsets: [Double]) -> (p: [Double], largest: [Double], sums: [Double]) {
        var p = z, largest: [Double] = [], sums: [Double] = []
        for start in stride(from: 0, to: z.count, by: columns) {
            var m = -Double.infinity
            for j in 0..<columns {
                p[start + j] += offsets[j]
                m = max(m, p[start + j])
            }
            var sum = 0.0
            for j in 0..<columns {
                p[start + j] = Math.exp(p[start + j] - m)
                sum += p[start + j]
            }
            let inverse = 1 / sum
            for j in 0..<columns { p[start + j] *= inverse }
            largest.append(m)
            sums.append(sum)
        }
        return (p, largest, sums)
    }

    @Test(arguments: [1, 2, 3, 6, 10, 33])
    func softmaxRowsFollowTheDocumentedOrderOnEveryPath(columns: Int) {
        let rows = 37
        let z = Self.inputs(rows * columns).prefix(rows * columns).map { $0.isFinite ? max(-700, min(700, $0)) : 1 }
        let offsets = (0..<columns).map { Double($0) * 0.37 - 1 }
        let expected = Self.referenceSoftmax(z, columns: columns, offsets: offsets)
        for path in KernelPath.allCases where path.isSupported {
            var p = z, largest = [Double](repeating: 0, count: rows), sums = largest
            p.withUnsafeMutableBufferPointer { p in
                path.softmaxRows(p.baseAddress!, rows: rows, columns: columns, offsets: offsets, largest: &largest, sums: &sums)
            }
            #expect(p.map(\.bitPattern) == expected.p.map(\.bitPattern), "path \(path)")
            #expect(largest == expected.largest && sums.map(\.bitPattern) == expected.sums.map(\.bitPattern), "path \(path)")
        }
    }

    @Test func theFirstNonFiniteValueIsFoundWhereverItIs() throws {
        for count in [1, 255, 256, 257, 1000] {
            for position in Set([0, count / 2, count - 1]) {
                for bad in [Double.nan, .infinity, -.infinity] {
                    var matrix = Matrix(rows: 1, columns: count, repeating: 1.5)
                    matrix[0, position] = bad
                    if position + 1 < count { matrix[0, count - 1] = .nan }
                    #expect(matrix.firstNonFinite()?.column == position)
                }
            }
            #expect(Matrix(rows: 1, columns: count, repeating: .greatestFiniteMagnitude).firstNonFinite() == nil)
        }
    }

    /// The Adam step equals its scalar formula bit for bit on every path, with and without the
    /// bias correction of m (c₁ = 1), for counts with and without a tail of fewer than 4.
    @Test(arguments: [1, 4, 7, 650])
    func adamStepIsItsFormulaBitForBit(count: Int) {
        let g = Self.units(count, seed: 11).map { $0 * 2 - 1 }, theta0 = Self.units(count, seed: 12)
        let m0 = Self.units(count, seed: 13).map { $0 - 0.5 }, v0 = Self.units(count, seed: 14).map { $0 * 1e-3 }
        let (beta1, beta2, rate, epsilon) = (0.9, 0.999, 0.005, 1e-8)
        for c1 in [1 - Math.pow(beta1, 3), 1.0] {
            let c2 = 1 - Math.pow(beta2, 3)
            var (m, v, theta) = (m0, v0, theta0)
            for i in 0..<count {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                theta[i] -= rate * (m[i] / c1) / ((v[i] / c2).squareRoot() + epsilon)
            }
            for path in KernelPath.allCases where path.isSupported {
                var (pm, pv, ptheta) = (m0, v0, theta0)
                path.adamStep(parameters: &ptheta, gradient: g, firstMoments: &pm, secondMoments: &pv, count: count,
                              beta1: beta1, beta2: beta2, c1: c1, c2: c2, learningRate: rate, epsilon: epsilon)
                #expect(pm.map(\.bitPattern) == m.map(\.bitPattern), "\(path) m")
                #expect(pv.map(\.bitPattern) == v.map(\.bitPattern), "\(path) v")
                #expect(ptheta.map(\.bitPattern) == theta.map(\.bitPattern), "\(path) θ, c₁ = \(c1)")
            }
        }
    }
}
