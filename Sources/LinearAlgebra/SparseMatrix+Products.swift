/// Products with a sparse operand, in the dense products' order of operations.
///
/// Every element `p` of a product is one chain along the inner index l in increasing order,
/// from `+0`: `p ← (a_l · b_l) + p`, each product rounded, then the sum — the dense kernels'
/// double-precision chain (see `Matrix.multiply`). The sparse loops take only the terms whose
/// sparse factor is stored. A term left out has a zero factor, so it is `a_l · b_l = ±0` (the
/// other factor is finite), and adding `±0` to a chain changes nothing: `p + (±0) = p` for
/// every `p ≠ 0`, and a chain started at `+0` can never be `-0` (in round-to-nearest a sum is
/// `-0` only when both terms are), so `+0 + (±0) = +0`. Hence each element has the same bits as
/// the dense product of ``SparseMatrix/densified()`` on every kernel path. (A non-finite dense
/// factor breaks this: the dense chain adds `0 · ∞ = NaN`, the sparse one skips it.) Then
/// `alpha` and `beta` are applied as the dense product does.
extension Matrix {
    /// `result = alpha · op(a) · op(b) + beta · result` for a sparse `a` and a dense `b`
    /// (`op(x)` is `x` or its transpose); `result` must have the product's shape. Element
    /// `(i, c)` is the chain over the stored `a_il` of row `i` (column `i` when `transposingA`)
    /// in increasing `l`: the bits of the dense `Matrix.multiply` of `a.densified()`.
    public static func multiply(_ a: SparseMatrix, _ b: Matrix,
                                transposingA transposeA: Bool = false, transposingB transposeB: Bool = false,
                                alpha: Double = 1, beta: Double = 0,
                                into result: inout Matrix) throws(MatrixError) {
        let m = transposeA ? a.columns : a.rows, k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows, n = transposeB ? b.rows : b.columns
        try checkShapes(m: m, k: k, kb: kb, n: n, result)
        if m == 0 || n == 0 { return }
        var product = Matrix(rows: m, columns: n)
        let ldb = b.columns
        product.withUnsafeMutableValues { p in
            b.values.withUnsafeBufferPointer { bv in
                if !transposeA && transposeB {  // row i of a against row c of b
                    for i in 0..<a.rows {
                        for c in 0..<n {
                            var s = 0.0
                            for q in a.rowStarts[i]..<a.rowStarts[i + 1] { s += a.values[q] * bv[c * ldb + a.columnIndices[q]] }
                            p[i * n + c] = s
                        }
                    }
                    return
                }
                a.forEachStored { i, l, x in
                    if transposeA {  // p[l, c] += a_il · op(b)[i, c]: for each (l, c), i increases
                        for c in 0..<n { p[l * n + c] += x * (transposeB ? bv[c * ldb + i] : bv[i * ldb + c]) }
                    } else {
                        for c in 0..<n { p[i * n + c] += x * bv[l * ldb + c] }
                    }
                }
            }
        }
        finish(product, alpha: alpha, beta: beta, into: &result)
    }

    /// `result = alpha · op(a) · b + beta · result` for a dense `a` and a sparse `b`; element
    /// `(r, j)` is the chain over the stored `b_lj` of column `j` in increasing `l`: the bits of
    /// the dense `Matrix.multiply` of `b.densified()`.
    public static func multiply(_ a: Matrix, _ b: SparseMatrix, transposingA transposeA: Bool = false,
                                alpha: Double = 1, beta: Double = 0,
                                into result: inout Matrix) throws(MatrixError) {
        let m = transposeA ? a.columns : a.rows, k = transposeA ? a.rows : a.columns
        let n = b.columns
        try checkShapes(m: m, k: k, kb: b.rows, n: n, result)
        if m == 0 || n == 0 { return }
        var product = Matrix(rows: m, columns: n)
        let lda = a.columns
        product.withUnsafeMutableValues { p in
            a.values.withUnsafeBufferPointer { av in
                b.forEachStored { l, j, x in  // l increases, so every chain (r, j) does
                    for r in 0..<m { p[r * n + j] += (transposeA ? av[l * lda + r] : av[r * lda + l]) * x }
                }
            }
        }
        finish(product, alpha: alpha, beta: beta, into: &result)
    }

    /// Throws unless op(A) (m × k) and op(B) (kb × n) fit and `result` is m × n.
    private static func checkShapes(m: Int, k: Int, kb: Int, n: Int, _ result: Matrix) throws(MatrixError) {
        guard k == kb else { throw .shapeMismatch(operation: "matrix product", left: (m, k), right: (kb, n)) }
        guard result.rows == m, result.columns == n else {
            throw .shapeMismatch(operation: "matrix product result", left: (m, n), right: (result.rows, result.columns))
        }
    }
}

extension SparseMatrix {
    /// `op(self) · op(other)` as a new dense matrix (see `Matrix.multiply(_:_:transposingA:transposingB:alpha:beta:into:)`).
    public func multiplied(by other: Matrix, transposingSelf: Bool = false,
                           transposingOther: Bool = false) throws(MatrixError) -> Matrix {
        try Matrix.product(transposingSelf ? columns : rows, transposingOther ? other.rows : other.columns) { r throws(MatrixError) in
            try Matrix.multiply(self, other, transposingA: transposingSelf, transposingB: transposingOther, into: &r)
        }
    }

    /// The matrix-vector product `self · vector`.
    public func multiplied(by vector: [Double]) throws(MatrixError) -> [Double] {
        try multiplied(by: Matrix(rows: vector.count, columns: 1, computed: vector)).values
    }

    /// `self · otherᵀ` (rows × other.rows): element `(i, t)` is the chain over the columns `l`
    /// stored in both row `i` and row `t`, in increasing `l` — the bits of the dense
    /// `densified().multiplied(by: other.densified(), transposingOther: true)`.
    public func multiplied(byTransposeOf other: SparseMatrix) throws(MatrixError) -> Matrix {
        guard columns == other.columns else {
            throw .shapeMismatch(operation: "matrix product", left: (rows, columns), right: (other.columns, other.rows))
        }
        var product = Matrix(rows: rows, columns: other.rows)
        var scattered = [Double](repeating: 0, count: columns)  // row i, zeros included
        let n = other.rows
        product.withUnsafeMutableValues { p in
            for i in 0..<rows {
                for q in rowStarts[i]..<rowStarts[i + 1] { scattered[columnIndices[q]] = values[q] }
                for t in 0..<n {
                    var s = 0.0  // terms whose factor from row i is a zero of `scattered` add ±0
                    for q in other.rowStarts[t]..<other.rowStarts[t + 1] { s += scattered[other.columnIndices[q]] * other.values[q] }
                    p[i * n + t] = s
                }
                for q in rowStarts[i]..<rowStarts[i + 1] { scattered[columnIndices[q]] = 0 }
            }
        }
        return product
    }

    /// Calls `body(row, column, value)` for every stored value, rows in increasing order and
    /// columns increasing within a row.
    @inline(__always)
    func forEachStored(_ body: (Int, Int, Double) -> Void) {
        columnIndices.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in
                for r in 0..<rows {
                    for q in rowStarts[r]..<rowStarts[r + 1] { body(r, columns[q], values[q]) }
                }
            }
        }
    }
}
