extension Study {
    /// Runs every strategy over every seed and compares them with random sampling.
    ///
    /// Random sampling is the baseline: it is added when missing and always listed first. Each
    /// strategy's AULC difference from random is paired by seed (same initial set), with a 95%
    /// t interval across seeds. `target` is the fraction of the full-data accuracy (the model
    /// trained on the whole pool) used for "labels to reach the target".
    public func compare(_ strategies: Strategy..., target: Double = 0.95) throws -> Comparison {
        try compare(strategies, target: target)
    }

    /// `compare` with the strategies in an array.
    public func compare(_ strategies: [Strategy], target: Double = 0.95) throws -> Comparison {
        guard target > 0, target <= 1 else { throw StudyError.invalidTarget(target) }
        try validate()
        let ordered = [strategies.first(where: \.isRandom) ?? .random] + strategies.filter { !$0.isRandom }
        let allRuns = try runs(ordered)
        let results = zip(ordered, allRuns).map { StrategyResult(strategy: $0, runs: $1) }
        return Comparison(results: results, fullDataAccuracy: try fullDataAccuracy(),
                          targetFraction: target, setting: setting)
    }

    /// Runs one strategy over every seed.
    public func run(_ strategy: Strategy) throws -> StrategyResult {
        StrategyResult(strategy: strategy, runs: try runs([strategy])[0])
    }

    /// "iris (train): 105 pool, 45 test; logistic regression (C = 1); 6 initial + 15 x 3; 10 seeds".
    var setting: String {
        let seedText = seeds.count == 1 ? "1 seed" : "\(seeds.count) seeds"
        let dataText = perSeedSplit.map {
            "\($0.data.name), a new stratified split per seed: \(pool.count) in the pool, \(test.count) in the test set"
        } ?? "\(pool.name): \(pool.count) in the pool, \(test.count) in the test set"
        return "\(dataText); \(model.name); "
            + "\(budget.initial) initial labels + \(budget.rounds) rounds of \(budget.batch); \(seedText)"
    }
}
