internal import CEngineKernels

extension Matrix {
    /// The sum of every column, `sum_i x_ij`, each added from 0 in row order.
    public func columnSums() -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        values.withUnsafeBufferPointer { v in
            sums.withUnsafeMutableBufferPointer { sums in
                for r in 0..<rows {
                    let base = r * columns
                    for c in 0..<columns { sums[c] += v[base + c] }
                }
            }
        }
        return sums
    }

    /// The mean of every column: `mean_j = (1/n) * sum_i x_ij` (zeros when there are no rows).
    public func columnMeans() -> [Double] {
        let n = Double(max(rows, 1))
        return columnSums().map { $0 / n }
    }

    /// The population variance of every column: `var_j = (1/n) * sum_i (x_ij - mean_j)^2`
    /// (two-pass, as numpy's `var` with `ddof=0`).
    public func columnVariances() -> [Double] {
        let means = columnMeans()
        var sums = [Double](repeating: 0, count: columns)
        for r in 0..<rows {
            let base = r * columns
            for c in 0..<columns {
                let d = values[base + c] - means[c]
                sums[c] += d * d
            }
        }
        let n = Double(max(rows, 1))
        return sums.map { $0 / n }
    }

    /// The squared Euclidean norm of every row: `sum_j x_ij^2`.
    public func rowSquaredNorms() -> [Double] {
        (0..<rows).map { r in row(r).reduce(0) { $0 + $1 * $1 } }
    }

    /// The largest element of every row, `max_j x_ij` (−∞ for a row without columns); e.g. the
    /// top-class probability of each row of predicted probabilities.
    public func rowMaxima() -> [Double] {
        (0..<rows).map { r in row(r).reduce(-Double.infinity) { $1 > $0 ? $1 : $0 } }
    }

    /// Whether every element is finite (no NaN, no infinity); if not, the first offending
    /// position as (row, column).
    public func firstNonFinite() -> (row: Int, column: Int)? {
        let i = values.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { ek_first_non_finite($0, buffer.count) } ?? 0
        }
        return i < values.count ? (i / max(columns, 1), i % max(columns, 1)) : nil
    }
}
