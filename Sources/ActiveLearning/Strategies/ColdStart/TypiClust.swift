import LinearAlgebra

/// TypiClust (Hacohen, Dekel & Weinshall 2022), a typicality-based strategy for the cold start,
/// when labels are few: cluster the pool with k-means into `min(L + B, maxClusters)` clusters
/// (L labeled, B the batch), then B times take the cluster holding the fewest labeled or picked
/// points (ties: the larger cluster; clusters smaller than `minClusterSize` only when nothing
/// else is left) and query its most typical unpicked point (see `Typicality`).
///
/// The picks are cluster "centres" in the density sense: representative, spread over the pool.
/// Model-free; usable for the initial set (`coldStart`) and in later rounds.
public struct TypiClust: QueryStrategy {
    /// K of the typicality (nearest neighbours within the cluster).
    public var neighbors: Int
    /// The cap on the number of clusters (the paper uses 500).
    public var maxClusters: Int
    /// Clusters smaller than this are used only when no other has candidates left.
    public var minClusterSize: Int
    /// Lloyd iterations of the k-means.
    public var maxIterations: Int

    public init(neighbors: Int = 20, maxClusters: Int = 500, minClusterSize: Int = 5, maxIterations: Int = 20) {
        self.neighbors = neighbors
        self.maxClusters = maxClusters
        self.minClusterSize = minClusterSize
        self.maxIterations = maxIterations
    }

    /// The name without its settings.

    public var shortName: String { "TypiClust" }

    public var name: String { "TypiClust (typicality)" }

    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        try checkCandidates(context, name)
        return try pick(count, features: context.pool, labeled: context.labeled,
                        candidates: context.unlabeled, using: &generator)
    }

    /// An initial labeled set of `count` pool rows chosen without any label (the cold start).
    public func coldStart(_ count: Int, features: Matrix, seed: Int) throws -> [Int] {
        try coldStart(count, features: Features.dense(features), seed: seed)
    }

    /// `coldStart` for features of either store (the same picks).
    public func coldStart(_ count: Int, features: Features, seed: Int) throws -> [Int] {
        var generator = SeededGenerator(seed: seed, stream: 7)
        return try pick(count, features: features, labeled: [], candidates: Array(0..<features.rows), using: &generator)
    }

    func pick(_ count: Int, features: Features, labeled: [Int], candidates: [Int],
              using generator: inout SeededGenerator) throws -> [Int] {
        try require(neighbors >= 1, name, "neighbors", neighbors, "at least 1")
        try require(maxClusters >= 1, name, "maxClusters", maxClusters, "at least 1")
        try requireFinite(features, name, "features")
        try require(maxIterations >= 1, name, "maxIterations", maxIterations, "at least 1")
        guard count > 0, !candidates.isEmpty else { return [] }
        let k = min(labeled.count + count, maxClusters, features.rows)
        let clustering = try KMeans(clusters: k, maxIterations: maxIterations).fit(features, using: &generator)
        var members = [[Int]](repeating: [], count: k)
        for (row, cluster) in clustering.assignments.enumerated() { members[cluster].append(row) }
        var covered = [Int](repeating: 0, count: k)
        for row in labeled { covered[clustering.assignments[row]] += 1 }
        var open = [Set<Int>](repeating: [], count: k)
        for row in candidates { open[clustering.assignments[row]].insert(row) }
        var typicality: [Int: [Int: Double]] = [:]
        var picks: [Int] = []
        while picks.count < count {
            let usable = (0..<k).filter { !open[$0].isEmpty }
            let large = usable.filter { members[$0].count >= minClusterSize }
            guard let cluster = (large.isEmpty ? usable : large).min(by: { a, b in
                (covered[a], -members[a].count, a) < (covered[b], -members[b].count, b)
            }) else { break }
            let scores = try typicality[cluster] ?? Dictionary(uniqueKeysWithValues: zip(
                members[cluster], Typicality.scores(features.rows(at: members[cluster]), neighbors: neighbors)))
            typicality[cluster] = scores
            // The most typical open point; the lowest index among equals.
            guard let best = open[cluster].min(by: { a, b in
                (-(scores[a] ?? 0), a) < (-(scores[b] ?? 0), b)
            }) else { break }
            open[cluster].remove(best)
            covered[cluster] += 1
            picks.append(best)
        }
        return picks
    }
}
