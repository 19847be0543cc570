// `@_implementationOnly` rather than `internal import`: with `internal import` the compiled
// LinearAlgebra.swiftmodule still requires COpenBLAS, so lesson programs compiled with only
// `-I .build/release/Modules` fail with "missing required module 'COpenBLAS'". No BLAS type
// appears in any stored property or public signature here, so hiding the module is safe.
@_implementationOnly import COpenBLAS

extension Matrix {
    /// General matrix product through BLAS `dgemm`:
    /// `result = alpha * op(a) * op(b) + beta * result`, where `op(x)` is `x` or its transpose.
    ///
    /// `result` must already have the shape of `op(a) * op(b)` (its contents matter only when
    /// `beta != 0`).
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
        if k == 0 {
            result.withUnsafeMutableValues { buffer in
                for i in buffer.indices { buffer[i] *= beta }
            }
            return
        }
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                result.withUnsafeMutableValues { pc in
                    cblas_dgemm(CblasRowMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                blasint(m), blasint(n), blasint(k),
                                alpha, pa.baseAddress, blasint(max(a.columns, 1)),
                                pb.baseAddress, blasint(max(b.columns, 1)),
                                beta, pc.baseAddress, blasint(max(n, 1)))
                }
            }
        }
    }

    /// `op(self) * op(other)` as a new matrix (BLAS `dgemm`).
    public func multiplied(by other: Matrix, transposingSelf: Bool = false,
                           transposingOther: Bool = false) throws(MatrixError) -> Matrix {
        var result = Matrix(rows: transposingSelf ? columns : rows,
                            columns: transposingOther ? other.rows : other.columns)
        try Matrix.multiply(self, other, transposingA: transposingSelf, transposingB: transposingOther, into: &result)
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
