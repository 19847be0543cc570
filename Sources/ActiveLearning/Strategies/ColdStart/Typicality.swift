import LinearAlgebra

/// Typicality (Hacohen et al. 2022, TypiClust): how dense the neighbourhood of a point is,
///
///     typicality(x) = 1 / ( (1/K) Σ_{x' ∈ KNN(x)} ‖x − x'‖ )
///
/// the inverse mean Euclidean distance to its `K` nearest neighbours (itself excluded). Distances
/// are computed in blocks of `blockRows` rows, keeping only the K smallest per row.
public enum Typicality {
    /// The typicality of every row of `features`, neighbours taken among the same rows.
    /// With a single row the typicality is 0 (it has no neighbours).
    /// Throws when a feature is NaN or infinite.
    public static func scores(_ features: Matrix, neighbors: Int = 20, blockRows: Int = 256) throws -> [Double] {
        try scores(Features.dense(features), neighbors: neighbors, blockRows: blockRows)
    }

    /// `scores` for features of either store (the same bits).
    public static func scores(_ features: Features, neighbors: Int = 20, blockRows: Int = 256) throws -> [Double] {
        try requireFinite(features, "typicality", "features")
        let m = features.rows
        let k = min(max(neighbors, 1), m - 1)
        guard k >= 1 else { return [Double](repeating: 0, count: m) }
        let norms = features.rowSquaredNorms()
        var out = [Double](repeating: 0, count: m)
        for start in stride(from: 0, to: m, by: blockRows) {
            let rows = Array(start..<min(start + blockRows, m))
            let products = try features.rows(at: rows).multiplied(byTransposeOf: features)
            for (r, i) in rows.enumerated() {
                var smallest: [Double] = []
                smallest.reserveCapacity(k + 1)
                for j in 0..<m where j != i {
                    let distance = max(norms[i] - 2 * products[r, j] + norms[j], 0).squareRoot()
                    if smallest.count == k, distance >= smallest[k - 1] { continue }
                    let position = smallest.firstIndex { distance < $0 } ?? smallest.count
                    smallest.insert(distance, at: position)
                    if smallest.count > k { smallest.removeLast() }
                }
                let mean = smallest.reduce(0, +) / Double(k)
                out[i] = 1 / max(mean, 1e-12)
            }
        }
        return out
    }
}
