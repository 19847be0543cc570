import Testing
import LinearAlgebra

/// The kernels' exponential: bit for bit `Math.exp` on every path, special values included.
@Suite struct ExpKernelTests {
    /// Inputs of every kind: the softmax range, tiny values around 2⁻²⁸, the edges of the plain
    /// range (−708, 709), overflow and underflow to subnormals and zero, NaN and infinities.
    static func inputs(_ count: Int) -> [Double] {
        let special: [Double] = [0, -0.0, 0x1p-28, -0x1p-28, 0x1p-29, -0x1.fffffffffffffp-29, 1e-300, -708, -708.0000001,
                                 709, 709.0000001, 709.78, 709.8, -745.1, -745.2, -720, -1000, 1000,
                                 .nan, .infinity, -.infinity, .leastNonzeroMagnitude, -.greatestFiniteMagnitude]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let random = (0..<count).map { i -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let unit = Double(state >> 11) / Double(1 << 53)
            switch i % 4 {
            case 0: return -40 * unit                       // softmax terms
            case 1: return 1500 * unit - 750                 // the whole range and past it
            case 2: return (unit - 0.5) * 0x1p-26            // around 2⁻²⁸
            default: return (unit - 0.5) * 4
            }
        }
        return special + random
    }

    @Test(arguments: [1, 3, 4, 7, 33, 1000, 4099])
    func everyPathGivesMathExpBitForBit(count: Int) {
        let x = Self.inputs(count)
        let expected = x.map { Math.exp($0).bitPattern }
        for path in KernelPath.allCases where path.isSupported {
            var y = [Double](repeating: 1, count: x.count)
            x.withUnsafeBufferPointer { source in
                y.withUnsafeMutableBufferPointer { path.exp(source.baseAddress!, into: $0.baseAddress!, count: x.count) }
            }
            #expect(y.map(\.bitPattern) == expected, "path \(path)")
        }
    }

    @Test func inPlaceEqualsOneByOne() {
        var values = Self.inputs(257)
        let expected = values.map { Math.exp($0).bitPattern }
        values.withUnsafeMutableBufferPointer { Math.exp(inPlace: $0) }
        #expect(values.map(\.bitPattern) == expected)
    }
}
