/// Every run of one strategy in a study, with its learning curve.
public struct StrategyResult: Sendable {
    /// The strategy's name.
    public let strategy: String
    /// One run per seed, in the study's seed order.
    public let runs: [Run]
    /// Mean and standard deviation over the runs.
    public let curve: LearningCurve

    public init(strategy: String, runs: [Run]) {
        self.strategy = strategy
        self.runs = runs
        self.curve = LearningCurve(strategy: strategy, runs: runs)
    }

    /// AULC of each run (seed order); see `LearningCurve.aulc` for the normalisation.
    public var aulcPerSeed: [Double] {
        runs.map { LearningCurve.areaUnderCurve(labels: $0.points.map(\.labels), values: $0.accuracies) }
    }

    /// Final test accuracy of each run (seed order).
    public var finalAccuracyPerSeed: [Double] { runs.map { $0.points.last?.accuracy ?? 0 } }

    /// Final test macro-F1 of each run (seed order).
    public var finalMacroF1PerSeed: [Double] { runs.map { $0.points.last?.macroF1 ?? 0 } }
}
