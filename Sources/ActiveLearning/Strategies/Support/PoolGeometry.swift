import LinearAlgebra

/// Distances between pool rows without ever forming an n × n matrix: squared norms are kept
/// once, and the distances of every row to one point come from a single matrix-vector
/// product, `‖x_i − c‖² = ‖x_i‖² − 2 x_i·c + ‖c‖²` (clamped at 0 against rounding). Sparse rows
/// stay sparse; norms and products have the bits of the dense ones.
struct PoolGeometry {
    /// The rows (n × d).
    let features: Features
    /// `‖x_i‖²` for every row.
    let squaredNorms: [Double]
    /// Scratch column for the products (n × 1), reused by every call.
    private var products: Matrix

    init(_ features: Features) {
        self.features = features
        self.squaredNorms = features.rowSquaredNorms()
        self.products = Matrix(rows: features.rows, columns: 1)
    }

    /// `x_i · vector` for every row `i` (one pass over the rows).
    mutating func dots(with vector: [Double]) throws -> [Double] {
        let column = try Matrix(rows: vector.count, columns: 1, computed: vector)
        try Matrix.multiply(features, column, into: &products)
        return products.values
    }

    /// `‖x_i − x_j‖²` for every row `i`, to row `j` of the same matrix.
    mutating func squaredDistances(toRow j: Int) throws -> [Double] {
        let center = features.row(j)
        let products = try dots(with: center)
        let norm = squaredNorms[j]
        return products.indices.map { max(squaredNorms[$0] - 2 * products[$0] + norm, 0) }
    }
}

/// Probabilities of `fitted` for the candidates of `context`, computed on the whole pool and
/// gathered (no copy of the candidates' feature rows), row `i` for `context.unlabeled[i]`.
func candidateProbabilities(_ fitted: any FittedClassifier, _ context: QueryContext) throws -> Matrix {
    try fitted.predictProbabilities(context.pool).rows(at: context.unlabeled)
}

/// Throws unless the context's probabilities have one row per candidate.
func checkCandidates(_ context: QueryContext, _ strategy: String) throws(StrategyError) {
    guard context.probabilities.rows == context.unlabeled.count else {
        throw .shapeMismatch(strategy: strategy, reason: "\(context.probabilities.rows) probability rows for \(context.unlabeled.count) candidates")
    }
    if let bad = context.unlabeled.first(where: { $0 < 0 || $0 >= context.pool.rows }) {
        throw .shapeMismatch(strategy: strategy, reason: "candidate \(bad) is outside the pool of \(context.pool.rows) rows")
    }
    try requireFinite(context.pool, strategy, "pool features")
    try requireFinite(context.probabilities, strategy, "probabilities")
}
