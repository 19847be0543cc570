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
