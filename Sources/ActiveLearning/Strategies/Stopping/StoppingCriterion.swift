/// A rule that says when to stop buying labels, read off a `StoppingTrace` (the model's
/// behaviour after every round of a run).
public protocol StoppingCriterion: Sendable {
    /// The name shown in the stopping table.
    var name: String { get }
    /// The first checkpoint (index into `trace.labels`) at which the rule fires, or nil.
    func stopIndex(in trace: StoppingTrace) throws -> Int?
}

/// Stabilizing predictions (Bloodgood & Vijay-Shanker 2009): stop once the predictions on a
/// fixed, unlabeled stop set agree between consecutive rounds with Cohen's kappa ≥ `threshold`
/// for `window` rounds in a row. Needs no labels beyond those bought.
public struct StabilizingPredictions: StoppingCriterion {
    public var threshold: Double
    public var window: Int

    public init(threshold: Double = 0.99, window: Int = 3) {
        self.threshold = threshold
        self.window = window
    }

    public var name: String { "stabilizing predictions (κ ≥ \(formatParameter(threshold)) for \(window) rounds)" }

    public func stopIndex(in trace: StoppingTrace) throws -> Int? {
        try require(threshold > -1 && threshold <= 1, name, "threshold", threshold, "in (-1, 1]")
        try require(window >= 1, name, "window", window, "at least 1")
        var streak = 0
        for (index, kappa) in trace.kappas.enumerated() {
            guard let kappa else { streak = 0; continue }
            streak = kappa >= threshold ? streak + 1 : 0
            if streak >= window { return index }
        }
        return nil
    }
}

/// Maximum uncertainty (Zhu, Wang & Hovy 2008): stop once even the most uncertain unlabeled
/// example has uncertainty at most `threshold` — the model is sure about everything left.
public struct MaximumUncertainty: StoppingCriterion {
    public var threshold: Double

    public init(threshold: Double = 0.1) { self.threshold = threshold }

    public var name: String { "maximum uncertainty ≤ \(formatParameter(threshold))" }

    public func stopIndex(in trace: StoppingTrace) throws -> Int? {
        try require(threshold >= 0 && threshold.isFinite, name, "threshold", threshold, "a finite number ≥ 0")
        return trace.maxUncertainty.firstIndex { $0 <= threshold }
    }
}
