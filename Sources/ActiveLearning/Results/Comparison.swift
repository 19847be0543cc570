import NotebookRuntime

/// Strategies compared on one study: the random baseline first, then each strategy with its
/// difference from random. Shows under a notebook cell as an HTML table and its learning-curve
/// chart. Rows are keyed by strategy: `try comparison.row(.margin).verdict`, or
/// `comparison[.margin]` (optional, as in a dictionary).
public struct Comparison: Sendable {
    /// One line of the comparison table.
    public struct Row: Sendable {
        /// The strategy.
        public let strategy: Strategy
        /// Its runs and learning curve.
        public let result: StrategyResult
        /// Final test accuracy over seeds.
        public let finalAccuracy: Summary
        /// Final test macro-F1 over seeds.
        public let finalMacroF1: Summary
        /// AULC (mean of the accuracy curve over the label budget) over seeds.
        public let aulc: Summary
        /// Per-seed AULC minus the baseline's AULC for the same seed, with its paired 95%
        /// interval; all zeros on the baseline's own row.
        public let difference: PairedDifference
        /// Whether this row is the baseline.
        public let isBaseline: Bool
        /// The fewest labels at which the mean accuracy reaches the target; nil if never.
        public let labelsToTarget: Int?

        /// `.baseline` on the baseline's row; otherwise better, worse or no clear difference,
        /// from the paired interval of `difference`.
        public var verdict: Verdict { isBaseline ? .baseline : difference.verdict }
        /// The learning curve (mean and sd over seeds).
        public var curve: LearningCurve { result.curve }
        /// `difference.summary`; nil on the baseline's row.
        public var aulcDifference: Summary? { isBaseline ? nil : difference.summary }
        /// `difference.interval`; nil on the baseline's row or with a single seed.
        public var aulcDifferenceInterval: ClosedRange<Double>? { isBaseline ? nil : difference.interval }
    }

    /// Every strategy's runs and curve; the random baseline first.
    public let results: [StrategyResult]
    /// The table rows, in `results` order (computed once).
    public let rows: [Row]
    /// Test accuracy of the model trained on the whole pool (the mean over the seeds' splits
    /// when the study draws a split per seed).
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
        let target = targetFraction * fullDataAccuracy
        rows = results.enumerated().map { index, result in
            Row(strategy: result.strategy, result: result,
                finalAccuracy: Summary(result.finalAccuracyPerSeed),
                finalMacroF1: Summary(result.finalMacroF1PerSeed),
                aulc: Summary(result.aulcPerSeed),
                difference: result.aulcDifference(from: results[0]),
                isBaseline: index == 0,
                labelsToTarget: result.curve.labelsToReach(accuracy: target))
        }
    }

    /// The accuracy a strategy must reach: `targetFraction * fullDataAccuracy`.
    public var targetAccuracy: Double { targetFraction * fullDataAccuracy }

    /// The learning curves, baseline first (what the chart draws).
    public var curves: [LearningCurve] { results.map(\.curve) }

    /// The strategies, baseline first.
    public var strategies: [Strategy] { results.map(\.strategy) }

    /// The baseline's row (random sampling).
    public var baseline: Row { rows[0] }

    /// The row of `strategy`, nil when the comparison did not run it (as a dictionary does):
    /// `comparison[.margin]?.verdict == .better`.
    public subscript(strategy: Strategy) -> Row? { rows.first { $0.strategy == strategy } }

    /// The row of `strategy`; throws, naming the strategies compared, when it was not run.
    public func row(_ strategy: Strategy) throws(StudyError) -> Row {
        guard let row = self[strategy] else {
            throw .notCompared(strategy: strategy.name, compared: strategies.map(\.name))
        }
        return row
    }
}
