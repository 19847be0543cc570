extension Matrix {
    /// General matrix product: `result = alpha * op(a) * op(b) + beta * result`, where `op(x)` is
    /// `x` or its transpose.
    ///
    /// `result` must already have the shape of `op(a) * op(b)` (its contents are read only when
    /// `beta != 0`). The order of operations is fixed on every CPU (see ``KernelPath``): each
    /// element `p_ij` of `op(a) * op(b)` is one chain `p ← (a_il · b_lj) + p` along l in
    /// increasing order from 0 (each product rounded, then each sum), then `result_ij = alpha · p_ij` when `beta == 0`, else
    /// `result_ij = (alpha · p_ij) + (beta · result_ij)`, each product rounded.
    public static func multiply(_ a: Matrix, _ b: Matrix,
                                transposingA transposeA: Bool = false, transposingB transposeB: Bool = false,
                                alpha: Double = 1, beta: Double = 0,
                                into result: inout Matrix) throws(MatrixError) {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        guard k == kb else {
            throw .shapeMismatch(operation: "matrix product", left: (m, k), right: (kb, n))
        }
        guard result.rows == m, result.columns == n else {
            throw .shapeMismatch(operation: "matrix product result", left: (m, n), right: (result.rows, result.columns))
        }
        if m == 0 || n == 0 { return }
        // With beta == 0 the product is written over result's own storage (moved out, then back).
        var product = Matrix(rows: 0, columns: 0)
        if beta == 0 { swap(&product, &result) } else { product = Matrix(rows: m, columns: n) }
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                product.withUnsafeMutableValues { pc in
                    KernelPath.current.multiply(
                        m: m, n: n, k: k, pa.baseAddress!, lda: max(a.columns, 1), transposingA: transposeA,
                        pb.baseAddress!, ldb: max(b.columns, 1), transposingB: transposeB,
                        into: pc.baseAddress!, ldc: n)
                }
            }
        }
        finish(product, alpha: alpha, beta: beta, into: &result)
    }

    /// The last step of every product: `result = alpha · p` when `beta == 0` (the product's
    /// storage becomes the result's), else `result = (alpha · p) + (beta · result)`.
    static func finish(_ product: consuming Matrix, alpha: Double, beta: Double, into result: inout Matrix) {
        if beta == 0 {
            if alpha != 1 { product.withUnsafeMutableValues { p in for i in p.indices { p[i] = alpha * p[i] } } }
            result = product
            return
        }
        result.withUnsafeMutableValues { r in
            for i in r.indices { r[i] = alpha * product.values[i] + beta * r[i] }
        }
    }

    /// `op(self) * op(other)` as a new matrix (see ``multiply(_:_:transposingA:transposingB:alpha:beta:into:)``).
    public func multiplied(by other: Matrix, transposingSelf: Bool = false,
                           transposingOther: Bool = false) throws(MatrixError) -> Matrix {
        try Matrix.product(transposingSelf ? columns : rows, transposingOther ? other.rows : other.columns) { r throws(MatrixError) in
            try Matrix.multiply(self, other, transposingA: transposingSelf, transposingB: transposingOther, into: &r)
        }
    }

    /// A new `rows × columns` matrix of zeros that `multiply` fills.
    static func product(_ rows: Int, _ columns: Int,
                        _ multiply: (inout Matrix) throws(MatrixError) -> Void) throws(MatrixError) -> Matrix {
        var result = Matrix(rows: rows, columns: columns)
        try multiply(&result)
        return result
    }

    /// The matrix product `lhs * rhs`; throws when the inner dimensions differ.
    public static func * (lhs: Matrix, rhs: Matrix) throws(MatrixError) -> Matrix {
        try lhs.multiplied(by: rhs)
    }

    /// The matrix-vector product `self * vector`.
    public func multiplied(by vector: [Double]) throws(MatrixError) -> [Double] {
        let column = try Matrix(rows: vector.count, columns: 1, values: vector)
        return try multiplied(by: column).values
    }
}
