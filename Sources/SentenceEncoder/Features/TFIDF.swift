import LinearAlgebra

/// A fitted ``TFIDFVectorizer``.
public struct TFIDF: Sendable {
    let counts: BagOfWords
    /// Inverse document frequency of each term, in column order.
    public let idf: [Double]

    /// The terms, in column order.
    public var terms: [String] { counts.terms }

    /// Unit-length TF-IDF vectors of `texts`.
    public func transform(_ texts: [String]) -> [[Float]] { transformSparse(texts).map(\.dense) }

    /// As ``transform(_:)``, as the rows of a sparse matrix (one per text) in `Double`: what a
    /// data set keeps sparse, e.g. `trec.withFeatures(tfidf.sparseMatrix)`. The values are those of
    /// ``transform(_:)`` converted exactly, so models give the results they give on dense rows.
    public func sparseMatrix(_ texts: [String]) throws(MatrixError) -> SparseMatrix {
        try transformSparse(texts).sparseMatrix(dimension: terms.count)
    }

    /// As ``transform(_:)``, keeping only non-zero entries.
    public func transformSparse(_ texts: [String]) -> [SparseVector] {
        counts.transformSparse(texts).map { row in
            let weights = zip(row.indices, row.values).map { Double($1) * idf[$0] }
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let scale = norm > 0 ? 1 / norm : 0
            return SparseVector(dimension: row.dimension, indices: row.indices, values: weights.map { Float($0 * scale) })
        }
    }
}
