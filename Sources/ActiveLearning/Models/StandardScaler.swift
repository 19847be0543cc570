import LinearAlgebra

/// Standardisation, as scikit-learn's `StandardScaler()`: `z_j = (x_j - mean_j) / scale_j`,
/// where `scale_j` is the population standard deviation of feature `j` (1 for constant features).
public struct StandardScaler: Sendable, Equatable {
    /// The per-feature means.
    public let means: [Double]
    /// The per-feature standard deviations (1 where a feature is constant).
    public let scales: [Double]

    /// Learns means and scales from the rows of `features`.
    public init(fitting features: Matrix) {
        means = features.columnMeans()
        scales = features.columnVariances().map { variance in
            let deviation = variance.squareRoot()
            return deviation < 10 * Double.ulpOfOne ? 1 : deviation
        }
    }

    /// Standardises `features`; throws when their width differs from the fitted data or a value
    /// is NaN or infinite.
    public func transform(_ features: Matrix) throws(ModelError) -> Matrix {
        guard features.columns == means.count else {
            throw .featureCountMismatch(expected: means.count, found: features.columns)
        }
        if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(row: row, column: column) }
        var out = features
        let d = means.count
        let inverseScales = scales.map { 1 / $0 }
        out.withUnsafeMutableValues { values in
            means.withUnsafeBufferPointer { mean in
                inverseScales.withUnsafeBufferPointer { inverse in
                    for start in stride(from: 0, to: values.count, by: max(d, 1)) {
                        for j in 0..<d { values[start + j] = (values[start + j] - mean[j]) * inverse[j] }
                    }
                }
            }
        }
        return out
    }
}
