import LinearAlgebra

/// Core-set selection by k-center greedy (Sener & Savarese 2018): repeatedly query the
/// candidate farthest from everything labeled or already picked,
///
///     pick = argmax_{i ∈ candidates} min_{c ∈ centres} ‖x_i − x_c‖,   then centres ∪= {pick}
///
/// which 2-approximates the minimax facility-location (core-set) cover of the pool.
/// Memory-light: it keeps one min-distance vector over the pool (n numbers); each pick updates
/// it with one BLAS matrix-vector pass, and the labeled centres enter in blocks of
/// `blockColumns` (n × blockColumns products at most). Time O(n·d·(L + k)), memory O(n·blockColumns).
/// Equal distances are broken at random. Model-free: it reads only the pool's features.
public struct CoreSet: QueryStrategy {
    /// How many labeled centres are multiplied at once while initialising distances.
    public var blockColumns: Int

    public init(blockColumns: Int = 32) { self.blockColumns = blockColumns }

    /// The name without its settings.

    public var shortName: String { "core-set" }

    public var name: String { "core-set (k-center greedy)" }

    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        try require(blockColumns >= 1, name, "blockColumns", blockColumns, "at least 1")
        try checkCandidates(context, name)
        let pool = context.pool
        var geometry = PoolGeometry(pool)
        var nearest = [Double](repeating: .infinity, count: pool.rows)
        for start in stride(from: 0, to: context.labeled.count, by: blockColumns) {
            let block = Array(context.labeled[start..<min(start + blockColumns, context.labeled.count)])
            let products = try pool.multiplied(byTransposeOf: pool.rows(at: block))
            for i in 0..<pool.rows {
                for (b, c) in block.enumerated() {
                    nearest[i] = min(nearest[i], max(geometry.squaredNorms[i] - 2 * products[i, b] + geometry.squaredNorms[c], 0))
                }
            }
        }
        var remaining = context.unlabeled
        var picks: [Int] = []
        while picks.count < count, !remaining.isEmpty {
            let position = randomArgmax(remaining.map { nearest[$0] }, using: &generator)
            let pick = remaining.remove(at: position)
            picks.append(pick)
            let distances = try geometry.squaredDistances(toRow: pick)
            for i in remaining where distances[i] < nearest[i] { nearest[i] = distances[i] }
        }
        return picks
    }
}

/// The position of the largest value, exact ties broken uniformly at random (reservoir
/// sampling over the tied positions, one draw per tie).
func randomArgmax(_ values: [Double], using generator: inout SeededGenerator) -> Int {
    var best = 0, ties = 0
    for i in values.indices {
        if values[i] > values[best] {
            best = i
            ties = 1
        } else if values[i] == values[best] {
            ties += 1
            if i != best, generator.nextInt(below: ties) == 0 { best = i }
        }
    }
    return best
}
