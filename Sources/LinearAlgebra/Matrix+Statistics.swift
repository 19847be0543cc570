extension Matrix {
    /// The mean of every column: `mean_j = (1/n) * sum_i x_ij` (zeros when there are no rows).
    public func columnMeans() -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        for r in 0..<rows {
            let base = r * columns
            for c in 0..<columns { sums[c] += values[base + c] }
        }
        let n = Double(max(rows, 1))
        return sums.map { $0 / n }
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
        values.withUnsafeBufferPointer { buffer in
            // NaN and ±∞ are the values whose 11 exponent bits are all ones. Blocks of 256 are
            // tested without branches (the loop vectorises); a block that has one is searched.
            let exponent: UInt64 = 0x7FF0_0000_0000_0000
            for start in stride(from: 0, to: buffer.count, by: 256) {
                let end = min(start + 256, buffer.count)
                var found: UInt64 = 0
                for i in start..<end { found |= (buffer[i].bitPattern & exponent) == exponent ? 1 : 0 }
                guard found != 0, let i = (start..<end).first(where: { !buffer[$0].isFinite }) else { continue }
                return (i / max(columns, 1), i % max(columns, 1))
            }
            return nil
        }
    }
}
