import LinearAlgebra

/// A vector stored as its non-zero entries: `values[k]` is at position `indices[k]`.
public struct SparseVector: Sendable, Equatable {
    /// Length of the full vector.
    public let dimension: Int
    /// Positions of the non-zero entries, increasing.
    public let indices: [Int]
    /// The non-zero entries.
    public let values: [Float]

    /// A vector of length `dimension` whose only non-zero entries are `values` at `indices`.
    public init(dimension: Int, indices: [Int], values: [Float]) {
        self.dimension = dimension
        self.indices = indices
        self.values = values
    }

    /// The full vector, zeros included.
    public var dense: [Float] {
        var vector = [Float](repeating: 0, count: dimension)
        for (i, v) in zip(indices, values) { vector[i] = v }
        return vector
    }
}

extension [SparseVector] {
    /// The vectors as the rows of a sparse matrix of `Double`s (each `Float` converted exactly),
    /// `dimension` columns wide; throws when a vector's length differs or its entries are not
    /// valid (indices increasing and in range, finite values).
    func sparseMatrix(dimension: Int) throws(MatrixError) -> SparseMatrix {
        if let bad = firstIndex(where: { $0.dimension != dimension }) {
            throw .raggedRow(row: bad, expected: dimension, found: self[bad].dimension)
        }
        return try SparseMatrix(columns: dimension, rows: map { ($0.indices, $0.values.map(Double.init)) })
    }
}
