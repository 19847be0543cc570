import LinearAlgebra

extension Dataset {
    /// The same examples with new features (e.g. sentence embeddings of the texts), one row per
    /// example; throws when the row count differs, rows are ragged, or a value is not finite.
    public func withFeatures(_ features: Matrix) throws(DataError) -> Dataset {
        try withFeatures(Features.dense(features))
    }

    /// The same examples with sparse features (e.g. TF-IDF rows), kept sparse.
    public func withFeatures(_ features: SparseMatrix) throws(DataError) -> Dataset {
        try withFeatures(Features.sparse(features))
    }

    /// The same examples with features of either store.
    public func withFeatures(_ features: Features) throws(DataError) -> Dataset {
        try Dataset(name: name, storedFeatures: features, labels: labels, classNames: classNames, items: items)
    }

    /// `withFeatures(_:)` for a list of `Double` rows.
    public func withFeatures(_ rows: [[Double]]) throws(DataError) -> Dataset {
        let matrix = try Self.matrix(rows, dataset: name)
        if rows.isEmpty { return try withFeatures(Matrix(rows: 0, columns: 0)) }
        return try withFeatures(matrix)
    }

    /// Feature rows as a matrix, with the data set's name in what is wrong with them.
    static func matrix(_ rows: [[Double]], dataset name: String) throws(DataError) -> Matrix {
        do { return try Matrix(rows) } catch {
            if case let .nonFinite(row, column, value) = error { throw .nonFiniteFeature(dataset: name, row: row, column: column, value: value) }
            throw .badFeatures(dataset: name, reason: error.description)
        }
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

    /// The same examples with sparse features computed from their `texts` by `encode`, e.g.
    /// `questions.withFeatures(tfidf.sparseMatrix)`.
    public func withFeatures(_ encode: ([String]) throws -> SparseMatrix) throws -> Dataset {
        try withFeatures(encode(texts))
    }
}
