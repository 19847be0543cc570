/// The eigen-decomposition `A = V * diag(values) * Vᵀ` of a real symmetric matrix, computed with
/// the cyclic Jacobi method (plane rotations that zero one off-diagonal element at a time, swept
/// until the off-diagonal mass is below `1e-15` of the total).
///
/// Eigenvalues are sorted in decreasing order; eigenvector `i` is column `i` of `vectors`, with
/// its sign fixed so that its largest-magnitude entry is positive (a deterministic choice).
public struct SymmetricEigen: Sendable {
    /// Eigenvalues, largest first.
    public let values: [Double]
    /// Eigenvectors as columns, in the order of `values`.
    public let vectors: Matrix

    /// Decomposes `matrix`, which must be square; only its upper triangle is read.
    public init(_ matrix: Matrix, maxSweeps: Int = 100) throws(MatrixError) {
        guard matrix.rows == matrix.columns else {
            throw .notSquare(operation: "symmetric eigen-decomposition", rows: matrix.rows, columns: matrix.columns)
        }
        let n = matrix.rows
        var a = matrix
        for i in 0..<n { for j in 0..<i { a[i, j] = a[j, i] } }
        var v = Matrix.identity(n)
        let total = a.values.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<maxSweeps {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(n, i + 1) { off += 2 * a[i, j] * a[i, j] } }
            if off <= 1e-30 * max(total, Double.leastNormalMagnitude) { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) where a[p, q] != 0 {
                    SymmetricEigen.rotate(&a, &v, p, q)
                }
            }
        }
        let order = (0..<n).sorted { a[$0, $0] > a[$1, $1] || (a[$0, $0] == a[$1, $1] && $0 < $1) }
        var vectors = Matrix(rows: n, columns: n)
        for (k, source) in order.enumerated() {
            var column = v.column(source)
            let largest = column.indices.max { abs(column[$0]) < abs(column[$1]) || (abs(column[$0]) == abs(column[$1]) && $0 > $1) }
            if let largest, column[largest] < 0 { column = column.map { -$0 } }
            for r in 0..<n { vectors[r, k] = column[r] }
        }
        self.values = order.map { a[$0, $0] }
        self.vectors = vectors
    }

    /// One Jacobi rotation zeroing `a[p, q]`; accumulates the rotation into `v`.
    private static func rotate(_ a: inout Matrix, _ v: inout Matrix, _ p: Int, _ q: Int) {
        let n = a.rows
        let apq = a[p, q]
        let theta = (a[q, q] - a[p, p]) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<n {
            let akp = a[k, p], akq = a[k, q]
            a[k, p] = c * akp - s * akq
            a[k, q] = s * akp + c * akq
        }
        for k in 0..<n {
            let apk = a[p, k], aqk = a[q, k]
            a[p, k] = c * apk - s * aqk
            a[q, k] = s * apk + c * aqk
        }
        for k in 0..<n {
            let vkp = v[k, p], vkq = v[k, q]
            v[k, p] = c * vkp - s * vkq
            v[k, q] = s * vkp + c * vkq
        }
    }
}
