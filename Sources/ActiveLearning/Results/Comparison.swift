import NotebookRuntime

/// Strategies compared on one study: the random baseline first, then each strategy with its
/// difference from random. Shows under a notebook cell as an HTML table (and, once the charts
/// land, its learning-curve chart).
public struct Comparison: Sendable {
    /// One line of the comparison table.
    public struct Row: Sendable {
        /// The strategy's name.
        public let strategy: String
        /// Final test accuracy over seeds.
        public let finalAccuracy: Summary
        /// Final test macro-F1 over seeds.
        public let finalMacroF1: Summary
        /// AULC (mean of the accuracy curve over the label budget) over seeds.
        public let aulc: Summary
        /// Per-seed AULC minus the random baseline's AULC for the same seed; nil for the baseline.
        public let aulcDifference: Summary?
        /// The paired 95% t interval of `aulcDifference` across seeds; nil for the baseline or a
        /// single seed.
        public let aulcDifferenceInterval: ClosedRange<Double>?
        /// The fewest labels at which the mean accuracy reaches the target; nil if never.
        public let labelsToTarget: Int?
    }

    /// Every strategy's runs and curve; the random baseline first.
    public let results: [StrategyResult]
    /// Test accuracy of the model trained on the whole pool.
    public let fullDataAccuracy: Double
    /// The target as a fraction of `fullDataAccuracy` (e.g. 0.95).
    public let targetFraction: Double
    /// A one-line description of the set-up (data, model, budget, seeds) for captions.
    public let setting: String

    public init(results: [StrategyResult], fullDataAccuracy: Double, targetFraction: Double, setting: String) {
        self.results = results
        self.fullDataAccuracy = fullDataAccuracy
        self.targetFraction = targetFraction
        self.setting = setting
    }

    /// The accuracy a strategy must reach: `targetFraction * fullDataAccuracy`.
    public var targetAccuracy: Double { targetFraction * fullDataAccuracy }

    /// The learning curves, baseline first (what the chart draws).
    public var curves: [LearningCurve] { results.map(\.curve) }

    /// The result of the strategy with this name.
    public func result(named name: String) -> StrategyResult? { results.first { $0.strategy == name } }

    /// The table row of the strategy with this name; nil when the comparison has none.
    public func row(named name: String) -> Row? { rows.first { $0.strategy == name } }

    /// The table rows, in `results` order.
    public var rows: [Row] {
        results.enumerated().map { index, result in
            let difference = index == 0 ? nil : Summary(result.aulcDifferences(from: results[0]))
            return Row(strategy: result.strategy,
                       finalAccuracy: Summary(result.finalAccuracyPerSeed),
                       finalMacroF1: Summary(result.finalMacroF1PerSeed),
                       aulc: Summary(result.aulcPerSeed),
                       aulcDifference: difference,
                       aulcDifferenceInterval: difference?.confidenceInterval(level: 0.95),
                       labelsToTarget: result.curve.labelsToReach(accuracy: targetAccuracy))
        }
    }
}
