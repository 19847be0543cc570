/// One active-learning run: one strategy, one seed.
public struct Run: Sendable {
    /// One evaluation on the test set.
    public struct Point: Sendable, Equatable, Codable {
        /// Labels held when the model was fitted.
        public let labels: Int
        /// Test accuracy.
        public let accuracy: Double
        /// Test macro-F1.
        public let macroF1: Double
    }

    /// The strategy.
    public let strategy: Strategy
    /// The seed of this run.
    public let seed: Int
    /// Pool indices of the initial labeled set.
    public let initial: [Int]
    /// Pool indices queried in each round, round 1 first.
    public let queried: [[Int]]
    /// Test scores after round 0 (the initial set), 1, 2, ...
    public let points: [Point]

    /// What a stored run keeps (see ``ResultMemo``): everything but the strategy, which the
    /// call that reads it back supplies.
    struct Record: Codable {
        let seed: Int
        let initial: [Int]
        let queried: [[Int]]
        let points: [Point]
    }

    var record: Record { Record(seed: seed, initial: initial, queried: queried, points: points) }

    /// Every labeled pool index at the end, in labeling order.
    public var labeled: [Int] { initial + queried.flatMap { $0 } }
    /// Test accuracy after each round.
    public var accuracies: [Double] { points.map(\.accuracy) }

    /// The labeled set held after each round, round 0 (the initial set) first: element `r` is
    /// `initial` followed by the first `r` batches, in labeling order — the labels the model of
    /// round `r` was fitted on. `queried.count + 1` sets.
    public var labeledSets: [[Int]] {
        var sets = [initial]
        for batch in queried { sets.append(sets[sets.count - 1] + batch) }
        return sets
    }

    /// Test accuracy of another model fitted on each of `labeledSets` (indices into
    /// `data.train`, the pool this run drew from), scored on `data.test`: the curve a model
    /// trained later, on labels this run's model selected, would have had.
    public func accuracies(refitting model: Model, on data: TrainTest) throws -> [Double] {
        try labeledSets.map { try model.fit(data.train.subset($0)).accuracy(on: data.test) }
    }

    /// How many labels of each class the run queried (the initial set not counted), indexed by
    /// label of `pool`, the study's pool the indices refer to.
    public func queriedClassCounts(in pool: Dataset) -> [Int] {
        var counts = [Int](repeating: 0, count: pool.classCount)
        for index in queried.joined() { counts[pool.labels[index]] += 1 }
        return counts
    }
}

extension Run {
    /// A stored run read back, with the strategy of the call.
    init(strategy: Strategy, record: Record) {
        self.init(strategy: strategy, seed: record.seed, initial: record.initial, queried: record.queried, points: record.points)
    }
}
