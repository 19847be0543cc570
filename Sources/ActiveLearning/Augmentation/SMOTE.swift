import LinearAlgebra

/// SMOTE-like interpolation (Chawla et al. 2002): a new row lies on the segment between a row
/// and one of its `neighbors` nearest rows *of the same class*, `x' = x + u (x_nn − x)` with
/// `u ~ U(0, 1)` — new points inside the class's region. Rows whose class has a single example
/// are copied unchanged (there is nothing to interpolate with).
public struct SMOTE: Augmentation {
    public var neighbors: Int
    public var copies: Int

    public init(neighbors: Int = 5, copies: Int = 1) { (self.neighbors, self.copies) = (neighbors, copies) }

    public var name: String { "SMOTE (\(neighbors) neighbours)" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: copies)
        try requireParameter(neighbors >= 1, name, "neighbors", neighbors, "at least 1")
        let nearest = try sameClassNeighbours(features, labels)
        return perRow(features, labels, copies: copies, using: &generator) { r, g in
            let row = features.row(r)
            let candidates = nearest[r]
            guard !candidates.isEmpty else { return Array(row) }
            let other = features.row(candidates[g.nextInt(below: candidates.count)])
            let u = g.nextUnit()
            return row.enumerated().map { c, v in v + u * (other[other.startIndex + c] - v) }
        }
    }

    /// For every row, the indices of its `neighbors` nearest rows of the same class (Euclidean,
    /// ties by index), from one BLAS product per class.
    func sameClassNeighbours(_ features: Matrix, _ labels: [Int]) throws -> [[Int]] {
        var out = [[Int]](repeating: [], count: labels.count)
        for members in Dictionary(grouping: labels.indices, by: { labels[$0] }).values {
            let rows = features.rows(at: members)
            let norms = rows.rowSquaredNorms()
            let products = try rows.multiplied(by: rows, transposingOther: true)
            for (a, i) in members.enumerated() {
                let others = members.indices.filter { $0 != a }.sorted { b, c in
                    let db = norms[a] + norms[b] - 2 * products[a, b], dc = norms[a] + norms[c] - 2 * products[a, c]
                    return db != dc ? db < dc : members[b] < members[c]
                }
                out[i] = others.prefix(neighbors).map { members[$0] }
            }
        }
        return out
    }
}
