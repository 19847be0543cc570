/// A strategy's learning curve: test scores against the number of labels, mean and sample
/// standard deviation over seeds.
public struct LearningCurve: Sendable {
    /// The strategy's name.
    public let strategy: String
    /// Label counts, one per round (round 0 is the initial set).
    public let labels: [Int]
    /// Mean test accuracy at each label count.
    public let accuracyMean: [Double]
    /// Standard deviation of test accuracy over seeds at each label count.
    public let accuracyStandardDeviation: [Double]
    /// Mean test macro-F1 at each label count.
    public let macroF1Mean: [Double]
    /// Standard deviation of test macro-F1 over seeds.
    public let macroF1StandardDeviation: [Double]

    /// Summarises runs of one strategy (all with the same budget).
    public init(strategy: String, runs: [Run]) {
        self.strategy = strategy
        let rounds = runs.map(\.points.count).min() ?? 0
        labels = (0..<rounds).map { runs[0].points[$0].labels }
        let accuracy = (0..<rounds).map { r in Summary(runs.map { $0.points[r].accuracy }) }
        let f1 = (0..<rounds).map { r in Summary(runs.map { $0.points[r].macroF1 }) }
        accuracyMean = accuracy.map(\.mean)
        accuracyStandardDeviation = accuracy.map(\.standardDeviation)
        macroF1Mean = f1.map(\.mean)
        macroF1StandardDeviation = f1.map(\.standardDeviation)
    }

    /// Area under the mean accuracy curve, normalised: the mean of the curve over the label
    /// budget, `(1 / (L_last - L_first)) ∫ accuracy(L) dL` by the trapezoid rule between
    /// checkpoints (a number in [0, 1]; the single value when there is one checkpoint).
    public var aulc: Double { LearningCurve.areaUnderCurve(labels: labels, values: accuracyMean) }

    /// The smallest label count at which the mean accuracy reaches `accuracy`, or nil if it
    /// never does within the budget.
    public func labelsToReach(accuracy target: Double) -> Int? {
        zip(labels, accuracyMean).first { $0.1 >= target }?.0
    }

    /// The normalised area `(1 / (x_last - x_first)) ∫ y dx` by the trapezoid rule.
    public static func areaUnderCurve(labels: [Int], values: [Double]) -> Double {
        guard let first = labels.first, let last = labels.last, values.count == labels.count else { return 0 }
        guard last > first else { return values.reduce(0, +) / Double(max(values.count, 1)) }
        var area = 0.0
        for i in 1..<labels.count {
            area += Double(labels[i] - labels[i - 1]) * (values[i] + values[i - 1]) / 2
        }
        return area / Double(last - first)
    }
}
