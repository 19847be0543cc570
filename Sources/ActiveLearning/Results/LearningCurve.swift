/// A learning curve: test scores against the number of labels, mean and sample standard
/// deviation over seeds. Built from a strategy's runs, or from any per-seed curves (e.g. another
/// model refitted on a run's labeled sets).
public struct LearningCurve: Sendable, Equatable {
    /// The name shown in legends (the strategy's name for a strategy's curve).
    public let name: String
    /// Label counts, one per round (round 0 is the initial set).
    public let labels: [Int]
    /// Mean test accuracy at each label count.
    public let accuracyMean: [Double]
    /// Standard deviation of test accuracy over seeds at each label count.
    public let accuracyStandardDeviation: [Double]
    /// Mean test macro-F1 at each label count (empty when the curve was built from accuracies).
    public let macroF1Mean: [Double]
    /// Standard deviation of test macro-F1 over seeds (empty when built from accuracies).
    public let macroF1StandardDeviation: [Double]

    /// Summarises runs of one strategy (all with the same budget).
    public init(name: String, runs: [Run]) {
        let rounds = runs.map(\.points.count).min() ?? 0
        self.init(name: name, labels: (0..<rounds).map { runs[0].points[$0].labels },
                  accuracies: runs.map { $0.points.map(\.accuracy) }, macroF1: runs.map { $0.points.map(\.macroF1) })
    }

    /// Summarises per-seed curves: `accuracies[s][r]` is seed `s`'s accuracy with `labels[r]`
    /// labels (curves shorter than `labels` shorten the summary to the shortest).
    public init(name: String, labels: [Int], accuracies: [[Double]], macroF1: [[Double]] = []) {
        self.name = name
        let rounds = min(labels.count, accuracies.map(\.count).min() ?? 0)
        self.labels = Array(labels.prefix(rounds))
        let accuracy = (0..<rounds).map { r in Summary(accuracies.map { $0[r] }) }
        let f1 = macroF1.isEmpty ? [] : (0..<rounds).map { r in Summary(macroF1.map { $0[r] }) }
        accuracyMean = accuracy.map(\.mean)
        accuracyStandardDeviation = accuracy.map(\.standardDeviation)
        macroF1Mean = f1.map(\.mean)
        macroF1StandardDeviation = f1.map(\.standardDeviation)
    }

    /// The same curve under another legend name.
    public func named(_ name: String) -> LearningCurve {
        LearningCurve(name: name, labels: labels, accuracyMean: accuracyMean, accuracyStandardDeviation: accuracyStandardDeviation,
                      macroF1Mean: macroF1Mean, macroF1StandardDeviation: macroF1StandardDeviation)
    }

    private init(name: String, labels: [Int], accuracyMean: [Double], accuracyStandardDeviation: [Double],
                 macroF1Mean: [Double], macroF1StandardDeviation: [Double]) {
        self.name = name
        self.labels = labels
        self.accuracyMean = accuracyMean
        self.accuracyStandardDeviation = accuracyStandardDeviation
        self.macroF1Mean = macroF1Mean
        self.macroF1StandardDeviation = macroF1StandardDeviation
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
