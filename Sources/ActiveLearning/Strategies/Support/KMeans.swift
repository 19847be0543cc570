import LinearAlgebra

/// Lloyd's k-means with k-means++ seeding, memory-light: the assignment step multiplies blocks
/// of `blockRows` rows by the centroids (sparse rows stay sparse), so it never holds more than `blockRows × k`
/// distances; seeding keeps one min-distance vector and does one BLAS pass per centre.
///
///     seeding:  c_1 uniform; c_{j+1} drawn with probability ∝ min_{l ≤ j} ‖x_i − c_l‖²
///     step:     a_i = argmin_j ‖x_i − c_j‖²,   c_j = mean of { x_i : a_i = j }
///
/// Stops when no assignment changes or after `maxIterations`. A cluster that empties keeps its
/// previous centroid.
struct KMeans {
    var clusters: Int
    var maxIterations = 20
    var blockRows = 2048

    struct Result {
        /// The cluster of every row.
        var assignments: [Int]
        /// Centroids, one row per cluster.
        var centroids: Matrix
        /// Lloyd iterations run.
        var iterations: Int
    }

    func fit(_ features: Features, using generator: inout SeededGenerator) throws -> Result {
        let n = features.rows, d = features.columns, k = min(clusters, n)
        var geometry = PoolGeometry(features)
        var seeds = [generator.nextInt(below: n)]
        var nearest = try geometry.squaredDistances(toRow: seeds[0])
        while seeds.count < k {
            let next = generator.nextIndex(weightedBy: nearest) ?? firstUnchosen(seeds, n)
            seeds.append(next)
            let distances = try geometry.squaredDistances(toRow: next)
            for i in 0..<n where distances[i] < nearest[i] { nearest[i] = distances[i] }
        }
        var centroids = features.rows(at: seeds).densified()
        var assignments = [Int](repeating: -1, count: n)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            let changed = try assign(features, geometry.squaredNorms, centroids, &assignments)
            var sums = Matrix(rows: k, columns: d)
            var counts = [Int](repeating: 0, count: k)
            for i in 0..<n {
                let j = assignments[i]
                counts[j] += 1
                features.forEachElement(inRow: i) { c, v in sums[j, c] += v }
            }
            for j in 0..<k where counts[j] > 0 {
                for c in 0..<d { centroids[j, c] = sums[j, c] / Double(counts[j]) }
            }
            if !changed { break }
        }
        return Result(assignments: assignments, centroids: centroids, iterations: iterations)
    }

    /// Assigns every row to its nearest centroid, block by block; returns whether any changed.
    private func assign(_ features: Features, _ norms: [Double], _ centroids: Matrix, _ assignments: inout [Int]) throws -> Bool {
        let k = centroids.rows
        let centroidNorms = centroids.rowSquaredNorms()
        var changed = false
        for start in stride(from: 0, to: features.rows, by: blockRows) {
            let rows = Array(start..<min(start + blockRows, features.rows))
            let products = try features.rows(at: rows).multiplied(by: centroids, transposingOther: true)
            for (r, i) in rows.enumerated() {
                var best = 0, bestDistance = Double.infinity
                for j in 0..<k {
                    let distance = norms[i] - 2 * products[r, j] + centroidNorms[j]
                    if distance < bestDistance { (best, bestDistance) = (j, distance) }
                }
                if assignments[i] != best { assignments[i] = best; changed = true }
            }
        }
        return changed
    }

    private func firstUnchosen(_ chosen: [Int], _ n: Int) -> Int {
        let taken = Set(chosen)
        return (0..<n).first { !taken.contains($0) } ?? 0
    }
}
