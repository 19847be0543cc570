import LinearAlgebra

/// A fitted ``BagOfWordsVectorizer``: maps texts to term counts.
public struct BagOfWords: Sendable {
    let vocabulary: TermVocabulary
    let lowercase: Bool

    /// The terms, in column order (code-point order).
    public var terms: [String] { vocabulary.terms }

    /// Count vectors of `texts`: entry `j` is how often term `j` occurs.
    public func transform(_ texts: [String]) -> [[Float]] { transformSparse(texts).map(\.dense) }

    /// As ``transform(_:)``, as the rows of a sparse matrix (one per text) in `Double`: what a
    /// data set keeps sparse, e.g. `trec.withFeatures(counts.sparseMatrix)`. The values are those of
    /// ``transform(_:)`` converted exactly, so models give the results they give on dense rows.
    public func sparseMatrix(_ texts: [String]) throws(MatrixError) -> SparseMatrix {
        try transformSparse(texts).sparseMatrix(dimension: terms.count)
    }

    /// As ``transform(_:)``, keeping only non-zero entries.
    public func transformSparse(_ texts: [String]) -> [SparseVector] {
        texts.map { text in
            let counts = vocabulary.counts(text, lowercase: lowercase)
            return SparseVector(dimension: terms.count, indices: counts.map(\.column), values: counts.map { Float($0.count) })
        }
    }
}
