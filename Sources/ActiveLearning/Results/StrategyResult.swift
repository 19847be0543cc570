/// Every run of one strategy in a study, with its learning curve.
public struct StrategyResult: Sendable {
    /// The strategy.
    public let strategy: Strategy
    /// One run per seed, in the study's seed order.
    public let runs: [Run]
    /// Mean and standard deviation over the runs.
    public let curve: LearningCurve

    public init(strategy: Strategy, runs: [Run]) {
        self.strategy = strategy
        self.runs = runs
        self.curve = LearningCurve(name: strategy.name, runs: runs)
    }

    /// AULC of each run (seed order); see `LearningCurve.aulc` for the normalisation.
    public var aulcPerSeed: [Double] {
        runs.map { LearningCurve.areaUnderCurve(labels: $0.points.map(\.labels), values: $0.accuracies) }
    }

    /// Final test accuracy of each run (seed order).
    public var finalAccuracyPerSeed: [Double] { runs.map { $0.points.last?.accuracy ?? 0 } }

    /// Final test macro-F1 of each run (seed order).
    public var finalMacroF1PerSeed: [Double] { runs.map { $0.points.last?.macroF1 ?? 0 } }

    /// Paired differences from `baseline`: for each seed both were run on (in this result's
    /// order), `dₛ = AULCₛ − AULCₛ(baseline)`. Runs with the same seed start from the same initial
    /// labels, so the differences cancel the luck of the draw; `Summary(_:)` of them gives the mean
    /// difference and its 95% t interval.
    public func aulcDifferences(from baseline: StrategyResult) -> [Double] {
        let baselineAULC = Dictionary(zip(baseline.runs.map(\.seed), baseline.aulcPerSeed)) { first, _ in first }
        return zip(runs.map(\.seed), aulcPerSeed).compactMap { seed, aulc in baselineAULC[seed].map { aulc - $0 } }
    }

    /// `aulcDifferences(from:)` with its mean, interval and verdict.
    public func aulcDifference(from baseline: StrategyResult) -> PairedDifference {
        PairedDifference(aulcDifferences(from: baseline))
    }

    /// Queried labels per class, mean over the runs: `Σ_runs queriedClassCounts(in: pool)[c] / runs`
    /// (the initial set is not counted).
    public func meanQueriedClassCounts(in pool: Dataset) -> [Double] {
        var totals = [Int](repeating: 0, count: pool.classCount)
        for run in runs {
            for (c, count) in run.queriedClassCounts(in: pool).enumerated() { totals[c] += count }
        }
        return totals.map { Double($0) / Double(max(runs.count, 1)) }
    }
}
