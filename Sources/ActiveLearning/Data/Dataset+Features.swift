import LinearAlgebra

extension Dataset {
    /// The same examples with new features (e.g. sentence embeddings of the texts), one row per
    /// example; throws when the row count differs, rows are ragged, or a value is not finite.
    public func withFeatures(_ features: Matrix) throws(DataError) -> Dataset {
        try Dataset(name: name, features: features, labels: labels, classNames: classNames, items: items)
    }

    /// `withFeatures(_:)` for a list of `Double` rows.
    public func withFeatures(_ rows: [[Double]]) throws(DataError) -> Dataset {
        let matrix: Matrix
        do { matrix = try Matrix(rows) } catch { throw .badFeatures(dataset: name, reason: error.description) }
        if rows.isEmpty { return try withFeatures(Matrix(rows: 0, columns: 0)) }
        return try withFeatures(matrix)
    }

    /// `withFeatures(_:)` for a list of `Float` rows (the output of a `Float` encoder).
    public func withFeatures(_ rows: [[Float]]) throws(DataError) -> Dataset {
        try withFeatures(rows.map { $0.map(Double.init) })
    }

    /// The same examples with features computed from their `texts` by `encode` (one row per
    /// text), e.g. `questions.withFeatures(encoder.encode)`.
    public func withFeatures(_ encode: ([String]) throws -> [[Float]]) throws -> Dataset {
        try withFeatures(encode(texts))
    }
}
