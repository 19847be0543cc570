import Foundation
import Testing
import LinearAlgebra

/// The kernel paths: bit for bit the same products on every path, each element the documented
/// chain of fused multiply-adds, and the environment variable's values.
@Suite struct KernelPathTests {
    /// Every path this CPU runs (always `.portable`).
    static let paths = KernelPath.allCases.filter(\.isSupported)

    /// Deterministic values in [−1, 1) from a 64-bit LCG.
    static func values<T: BinaryFloatingPoint>(_ count: Int, seed: UInt64, as: T.Type = T.self) -> [T] {
        var state = seed &* 0x9E3779B97F4A7C15 | 1
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return T(Double(state >> 11) / Double(1 << 53) * 2 - 1)
        }
    }

    /// op(A)·op(B) (+ C when accumulating) on `path`, from seeded inputs.
    static func product<T: BinaryFloatingPoint>(
        _ path: KernelPath, _ type: T.Type, m: Int, n: Int, k: Int, ta: Bool, tb: Bool, accumulate: Bool
    ) -> (a: [T], b: [T], c0: [T], c: [T]) {
        let a: [T] = values(m * k, seed: UInt64(m * 131 + k)), b: [T] = values(k * n, seed: UInt64(n * 71 + k))
        let c0: [T] = values(m * n, seed: UInt64(m + n))
        var c = c0
        let lda = ta ? m : k, ldb = tb ? k : n
        c.withUnsafeMutableBufferPointer { pc in
            if let a = a as? [Float], let b = b as? [Float] {
                pc.withMemoryRebound(to: Float.self) {
                    path.multiply(m: m, n: n, k: k, a, lda: lda, transposingA: ta, b, ldb: ldb, transposingB: tb,
                                  into: $0.baseAddress!, ldc: n, accumulate: accumulate)
                }
            } else if let a = a as? [Double], let b = b as? [Double] {
                pc.withMemoryRebound(to: Double.self) {
                    path.multiply(m: m, n: n, k: k, a, lda: lda, transposingA: ta, b, ldb: ldb, transposingB: tb,
                                  into: $0.baseAddress!, ldc: n, accumulate: accumulate)
                }
            }
        }
        return (a, b, c0, c)
    }

    static let shapes: [(Int, Int, Int)] = [(1, 1, 1), (7, 1, 33), (1, 33, 7), (33, 7, 1), (7, 33, 1000),
                                           (100, 17, 300), (13, 49, 257), (150, 40, 3)]

    @Test(arguments: [false, true], [false, true])
    func everyPathGivesTheSameBits(transposingA ta: Bool, transposingB tb: Bool) {
        for (m, n, k) in Self.shapes {
            for accumulate in [false, true] {
                let singles = Self.paths.map { Self.product($0, Float.self, m: m, n: n, k: k, ta: ta, tb: tb, accumulate: accumulate).c }
                let doubles = Self.paths.map { Self.product($0, Double.self, m: m, n: n, k: k, ta: ta, tb: tb, accumulate: accumulate).c }
                for s in singles.dropFirst() { #expect(s.map(\.bitPattern) == singles[0].map(\.bitPattern), "float \(m)×\(n)×\(k)") }
                for d in doubles.dropFirst() { #expect(d.map(\.bitPattern) == doubles[0].map(\.bitPattern), "double \(m)×\(n)×\(k)") }
            }
        }
    }

    /// Each element is `c ← fma(a_ip, b_pj, c)` (float) or `c ← a_ip · b_pj + c` (double, not
    /// fused) for p = 0, 1, …, k−1, from 0 or from C — with B packed (transposed) and with B
    /// read in place (not transposed, C only 9 rows high).
    @Test(arguments: paths, [false, true])
    func eachElementIsOneChainAlongK(path: KernelPath, doubleTransposesB tb: Bool) {
        let (m, n, k) = (9, 21, 600)  // k > the kernels' 256-step blocks: the chain crosses blocks
        for accumulate in [false, true] {
            let (a, b, c0, c) = Self.product(path, Double.self, m: m, n: n, k: k, ta: !tb, tb: tb, accumulate: accumulate)
            let (fa, fb, fc0, fc) = Self.product(path, Float.self, m: m, n: n, k: k, ta: tb, tb: !tb, accumulate: accumulate)
            func at(_ values: [Double], _ i: Int, _ p: Int, rows: Int, transposed: Bool) -> Double {
                transposed ? values[p * rows + i] : values[i * k + p]
            }
            func at(_ values: [Float], _ i: Int, _ p: Int, rows: Int, transposed: Bool) -> Float {
                transposed ? values[p * rows + i] : values[i * k + p]
            }
            for i in 0..<m {
                for j in 0..<n {
                    var s = accumulate ? c0[i * n + j] : 0
                    var f = accumulate ? fc0[i * n + j] : 0
                    for p in 0..<k {  // op(B)[p][j] is element (j, p) of Bᵀ
                        s = at(a, i, p, rows: m, transposed: !tb) * at(b, j, p, rows: n, transposed: !tb) + s
                        f = f.addingProduct(at(fa, i, p, rows: m, transposed: tb), at(fb, j, p, rows: n, transposed: tb))
                    }
                    #expect(s.bitPattern == c[i * n + j].bitPattern)
                    #expect(f.bitPattern == fc[i * n + j].bitPattern)
                }
            }
        }
    }

    /// One step of a single-precision chain is a correctly rounded fused multiply-add on every
    /// path (the portable path emulates it in double): checked against `addingProduct` on
    /// special values, wide exponents, and near-cancellations where a double rounding would show.
    @Test(arguments: paths)
    func singleStepsAreFusedMultiplyAdds(path: KernelPath) {
        let specials: [Float] = [0, -0, 1, -1, .infinity, -.infinity, .nan, .greatestFiniteMagnitude,
                                 .leastNormalMagnitude, .leastNonzeroMagnitude, 1 + .ulpOfOne, 3, 1e-20, 7e19]
        var triples: [(Float, Float, Float)] = []
        for a in specials { for b in specials { for c in specials { triples.append((a, b, c)) } } }
        var state: UInt64 = 99
        func next() -> UInt32 { state = state &* 6364136223846793005 &+ 1442695040888963407; return UInt32(state >> 32) }
        for _ in 0..<20_000 {
            let a = Float(bitPattern: next()), b = Float(bitPattern: next())
            let product = Float(Double(a) * Double(b))
            let c = next() % 2 == 0 ? Float(bitPattern: next()) : -product.nextUp  // near-cancellation
            triples.append((a, b, c))
        }
        for (a, b, c) in triples {
            var out = c
            withUnsafePointer(to: a) { pa in
                withUnsafePointer(to: b) { pb in
                    path.multiply(m: 1, n: 1, k: 1, pa, lda: 1, pb, ldb: 1, into: &out, ldc: 1, accumulate: true)
                }
            }
            let expected = c.addingProduct(a, b)
            #expect(out.bitPattern == expected.bitPattern || (out.isNaN && expected.isNaN), "fma(\(a), \(b), \(c))")
        }
    }

    /// Pinned bits of one product: a change of the order of operations, on any CPU or path, fails here.
    @Test(arguments: paths)
    func productBitsArePinned(path: KernelPath) {
        let single = Self.product(path, Float.self, m: 37, n: 45, k: 531, ta: false, tb: true, accumulate: true).c
        let double = Self.product(path, Double.self, m: 37, n: 45, k: 531, ta: true, tb: false, accumulate: false).c
        let singleHash = single.reduce(UInt64(0)) { ($0 &* 1099511628211) ^ UInt64($1.bitPattern) }
        let doubleHash = double.reduce(UInt64(0)) { ($0 &* 1099511628211) ^ $1.bitPattern }
        #expect(singleHash == 2208749223475407758)
        #expect(doubleHash == 7365833123204690095)
    }

    @Test func environmentValues() throws {
        #expect(try KernelPath.resolve(nil) == .fastest)
        #expect(try KernelPath.resolve("") == .fastest)
        #expect(try KernelPath.resolve(" Auto ") == .fastest)
        #expect(try KernelPath.resolve("portable") == .portable)
        #expect(throws: KernelPathError.unknown("fast")) { try KernelPath.resolve("fast") }
        for path in [KernelPath.avx2, .avx512] {
            if path.isSupported {
                #expect(try KernelPath.resolve(path.rawValue.uppercased()) == path)
            } else {
                #expect(throws: KernelPathError.unsupported(path)) { try KernelPath.resolve(path.rawValue) }
            }
        }
        #expect(KernelPath.fastest == (KernelPath.avx512.isSupported ? .avx512 : KernelPath.avx2.isSupported ? .avx2 : .portable))
        #expect(!KernelPath.avx512.isSupported || KernelPath.avx2.isSupported)
        #expect(KernelPathError.unknown("fast").description.contains("auto, portable, avx2 or avx512"))
        #expect(KernelPathError.unsupported(.avx2).description.contains("AVX2 and FMA"))
        #expect(KernelPathError.unsupported(.avx512).description.contains("AVX-512F"))
        #expect(KernelPathError.unsupported(.avx512).description.contains("same results"))
    }

    @Test func matrixProductAppliesAlphaAndBeta() throws {
        let a = try Matrix([[1, 2], [3, 4]]), b = try Matrix([[5, 6], [7, 8]])
        var c = try Matrix([[1, 1], [1, 1]])
        try Matrix.multiply(a, b, alpha: 2, beta: 0.5, into: &c)
        #expect(c.rowArrays == [[38.5, 44.5], [86.5, 100.5]])
        var nan = Matrix(rows: 2, columns: 2, repeating: .nan)
        try Matrix.multiply(a, b, alpha: 1, beta: 0, into: &nan)  // beta 0: C is not read
        #expect(nan.rowArrays == [[19, 22], [43, 50]])
        var empty = try Matrix([[3, 3]])
        try Matrix.multiply(Matrix(rows: 1, columns: 0), Matrix(rows: 0, columns: 2), beta: 2, into: &empty)
        #expect(empty.rowArrays == [[6, 6]])
    }

    @Test func vectorsFollowTheirStatedOrder() {
        let x: [Double] = Self.values(11, seed: 5), y: [Double] = Self.values(11, seed: 6)
        var lanes = [0.0, 0, 0, 0]
        for i in 0..<11 { lanes[i % 4] += x[i] * y[i] }
        #expect(Vectors.dot(x, y).bitPattern == ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])).bitPattern)
        var z = y
        Vectors.axpy(0.3, x, &z)
        #expect(z == zip(x, y).map { $1 + 0.3 * $0 })
    }
}
