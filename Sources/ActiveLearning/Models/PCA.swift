import LinearAlgebra

/// Principal component analysis: the top eigenvectors of the sample covariance
/// `C = (X - μ)ᵀ (X - μ) / (n - 1)` (product through BLAS, eigenvectors by Jacobi), each signed
/// so that its largest-magnitude loading is positive. Projections are `(x - μ) · components`.
///
/// ```swift
/// let xy = try Dataset.iris().pca(components: 2)   // 150 x 2, for a scatter plot
/// ```
public struct PCA: Sendable {
    /// The feature means `μ`.
    public let means: [Double]
    /// The principal axes, one row per component (components x features).
    public let components: Matrix
    /// The variance along each axis (eigenvalues of `C`), largest first.
    public let explainedVariance: [Double]
    /// Each axis's share of the total variance.
    public let explainedVarianceRatio: [Double]

    /// Fits `count` components to the rows of `features`; throws unless there are at least two
    /// rows and `1 <= count <= features.columns`.
    public init(fitting features: Matrix, components count: Int = 2) throws(ModelError) {
        guard features.rows >= 2 else {
            throw .invalidParameter(model: "PCA", parameter: "rows", value: "\(features.rows)", requirement: "at least 2")
        }
        guard count >= 1, count <= features.columns else {
            throw .invalidParameter(model: "PCA", parameter: "components", value: "\(count)",
                                    requirement: "between 1 and the number of features (\(features.columns))")
        }
        if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(row: row, column: column) }
        means = features.columnMeans()
        let centered = PCA.center(features, means)
        var covariance = Matrix(rows: features.columns, columns: features.columns)
        try? Matrix.multiply(centered, centered, transposingA: true, alpha: 1 / Double(features.rows - 1), into: &covariance)
        let eigen: SymmetricEigen
        do { eigen = try SymmetricEigen(covariance) } catch { throw .noTrainingData }
        components = eigen.vectors.transposed().rows(at: Array(0..<count))
        explainedVariance = Array(eigen.values.prefix(count)).map { max($0, 0) }
        let total = eigen.values.reduce(0) { $0 + max($1, 0) }
        explainedVarianceRatio = explainedVariance.map { total > 0 ? $0 / total : 0 }
    }

    /// Projects rows onto the components: `(x - μ) · componentsᵀ` (rows x components); throws
    /// when the width differs from the fitted data or a value is NaN or infinite.
    public func transform(_ features: Matrix) throws(ModelError) -> Matrix {
        guard features.columns == means.count else {
            throw .featureCountMismatch(expected: means.count, found: features.columns)
        }
        if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(row: row, column: column) }
        var out = Matrix(rows: features.rows, columns: components.rows)
        try? Matrix.multiply(PCA.center(features, means), components, transposingB: true, into: &out)
        return out
    }

    private static func center(_ features: Matrix, _ means: [Double]) -> Matrix {
        var centered = features
        let d = means.count
        centered.withUnsafeMutableValues { values in
            for start in stride(from: 0, to: values.count, by: max(d, 1)) {
                for j in 0..<d { values[start + j] -= means[j] }
            }
        }
        return centered
    }
}

extension Dataset {
    /// The rows projected on their first `components` principal axes (see `PCA`).
    public func pca(components: Int = 2) throws(ModelError) -> Matrix {
        try PCA(fitting: features, components: components).transform(features)
    }
}
