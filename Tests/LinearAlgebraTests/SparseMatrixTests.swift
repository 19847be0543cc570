import Testing
import LinearAlgebra

/// `SparseMatrix`: checked construction, row subsets, and products with the bits of the dense
/// products of the densified matrix on every kernel path.
@Suite struct SparseMatrixTests {
    /// A dense `rows × columns` matrix of which about `density` of the elements are non-zero
    /// (values in [−1, 1) of mixed magnitudes), from a seeded LCG.
    static func sparseDense(_ rows: Int, _ columns: Int, density: Double, seed: UInt64) -> Matrix {
        var state = seed &* 0x9E3779B97F4A7C15 | 1
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let values = (0..<(rows * columns)).map { _ -> Double in
            next() < density ? (next() * 2 - 1) * [1, 1e-3, 7, 1e5][Int(next() * 4)] : 0
        }
        return try! Matrix(rows: rows, columns: columns, values: values)
    }

    static func dense(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        sparseDense(rows, columns, density: 1.01, seed: seed)
    }

    /// op(A)·op(B) on `path`, straight from the kernel.
    static func kernelProduct(_ path: KernelPath, _ a: Matrix, _ b: Matrix, ta: Bool, tb: Bool) -> [Double] {
        let m = ta ? a.columns : a.rows, k = ta ? a.rows : a.columns, n = tb ? b.rows : b.columns
        var c = [Double](repeating: .nan, count: m * n)
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    path.multiply(m: m, n: n, k: k, pa.baseAddress!, lda: max(a.columns, 1), transposingA: ta,
                                  pb.baseAddress!, ldb: max(b.columns, 1), transposingB: tb, into: pc.baseAddress!, ldc: n)
                }
            }
        }
        return c
    }

    static let paths = KernelPath.allCases.filter(\.isSupported)
    /// (rows of the sparse operand, its columns, the dense operand's other side): odd sizes, one
    /// inner size past the kernels' 256-step blocks, and empty rows.
    static let shapes: [(Int, Int, Int)] = [(1, 1, 1), (7, 33, 5), (33, 7, 13), (13, 301, 6), (150, 40, 3), (5, 1000, 9)]

    @Test(arguments: [false, true], [false, true])
    func sparseTimesDenseHasTheDenseBitsOnEveryPath(transposingA ta: Bool, transposingB tb: Bool) throws {
        for (r, c, n) in Self.shapes {
            for density in [0.0, 0.03, 0.3] {
                let x = Self.sparseDense(r, c, density: density, seed: UInt64(r * 17 + c + n))
                let s = SparseMatrix(x)
                let inner = ta ? r : c
                let b = Self.dense(tb ? n : inner, tb ? inner : n, seed: UInt64(n * 5 + inner))
                let sparse = try s.multiplied(by: b, transposingSelf: ta, transposingOther: tb)
                for path in Self.paths {
                    let dense = Self.kernelProduct(path, x, b, ta: ta, tb: tb)
                    #expect(sparse.values.map(\.bitPattern) == dense.map(\.bitPattern), "\(path) \(r)×\(c)·\(n) ta \(ta) tb \(tb) density \(density)")
                }
            }
        }
    }

    @Test(arguments: [false, true])
    func denseTimesSparseHasTheDenseBitsOnEveryPath(transposingA ta: Bool) throws {
        for (r, c, n) in Self.shapes {
            let x = Self.sparseDense(r, c, density: 0.05, seed: UInt64(r + c * 3))
            let a = Self.dense(ta ? r : n, ta ? n : r, seed: UInt64(n + r))
            var sparse = Matrix(rows: n, columns: c)
            try Matrix.multiply(a, SparseMatrix(x), transposingA: ta, into: &sparse)
            for path in Self.paths {
                let dense = Self.kernelProduct(path, a, x, ta: ta, tb: false)
                #expect(sparse.values.map(\.bitPattern) == dense.map(\.bitPattern), "\(path) \(n)×\(r)·\(r)×\(c) ta \(ta)")
            }
        }
    }

    @Test func alphaAndBetaAreAppliedAsInTheDenseProduct() throws {
        let x = Self.sparseDense(9, 31, density: 0.1, seed: 3), b = Self.dense(9, 4, seed: 4)
        let start = Self.dense(31, 4, seed: 5)
        for (alpha, beta) in [(1.0, 0.0), (0.3, 0.0), (1.0, 0.7), (-2.5, 1e-3)] {
            var dense = start, sparse = start
            try Matrix.multiply(x, b, transposingA: true, alpha: alpha, beta: beta, into: &dense)
            try Matrix.multiply(SparseMatrix(x), b, transposingA: true, alpha: alpha, beta: beta, into: &sparse)
            #expect(sparse.values.map(\.bitPattern) == dense.values.map(\.bitPattern))
            var denseLeft = Self.dense(4, 31, seed: 7), sparseLeft = denseLeft
            try Matrix.multiply(b, x, transposingA: true, alpha: alpha, beta: beta, into: &denseLeft)
            try Matrix.multiply(b, SparseMatrix(x), transposingA: true, alpha: alpha, beta: beta, into: &sparseLeft)
            #expect(sparseLeft.values.map(\.bitPattern) == denseLeft.values.map(\.bitPattern))
        }
    }

    @Test func sparseTimesSparseTransposeAndNormsHaveTheDenseBits() throws {
        for (r, c, n) in Self.shapes {
            let x = Self.sparseDense(r, c, density: 0.2, seed: UInt64(r * c)), y = Self.sparseDense(n, c, density: 0.2, seed: UInt64(n + c))
            let sparse = try SparseMatrix(x).multiplied(byTransposeOf: SparseMatrix(y))
            for path in Self.paths {
                #expect(sparse.values.map(\.bitPattern) == Self.kernelProduct(path, x, y, ta: false, tb: true).map(\.bitPattern))
            }
            #expect(SparseMatrix(x).rowSquaredNorms().map(\.bitPattern) == x.rowSquaredNorms().map(\.bitPattern))
        }
    }

    @Test func rowsDensifyAndSubset() throws {
        let s = try SparseMatrix(columns: 3, rows: [([0, 2], [1, 2]), ([], []), ([1], [5])])
        #expect(s.densified().rowArrays == [[1, 0, 2], [0, 0, 0], [0, 5, 0]])
        #expect(s.rows(at: [2, 0, 2]).densified().rowArrays == [[0, 5, 0], [1, 0, 2], [0, 5, 0]])
        #expect(SparseMatrix(s.densified()) == s)
        #expect(s.denseRow(2) == [0, 5, 0])
        #expect(try s.multiplied(by: Matrix([[1], [1], [1]])).values == [3, 0, 5])
        #expect(s.storedCount == 3)
    }

    @Test func badStructureThrowsClearErrors() {
        #expect(throws: MatrixError.sparseColumn(row: 0, column: 3, reason: "is outside 0..<3")) {
            try SparseMatrix(columns: 3, rows: [([3], [1])])
        }
        #expect(throws: MatrixError.sparseColumn(row: 1, column: 0, reason: "does not follow column 2 (indices must increase)")) {
            try SparseMatrix(columns: 3, rows: [([1], [1]), ([2, 0], [1, 1])])
        }
        #expect(throws: MatrixError.nonFinite(row: 0, column: 1, value: .infinity)) {
            try SparseMatrix(columns: 3, rows: [([1], [.infinity])])
        }
        #expect(throws: MatrixError.self) { try SparseMatrix(columns: 3, rows: [([1, 2], [1])]) }
        #expect(throws: MatrixError.self) {
            try SparseMatrix(rows: 2, columns: 3, rowStarts: [0, 2, 1], columnIndices: [0], values: [1])
        }
        #expect(throws: MatrixError.self) {
            try SparseMatrix(rows: 1, columns: 3, rowStarts: [0, 2], columnIndices: [0], values: [1])
        }
        #expect(MatrixError.sparseColumn(row: 0, column: 3, reason: "is outside 0..<3").description
                == "sparse matrix: column 3 in row 0 is outside 0..<3")
        #expect(throws: MatrixError.self) { try SparseMatrix(columns: 3, rows: []).multiplied(by: Matrix(rows: 2, columns: 1)) }
    }
}
