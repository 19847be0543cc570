/// How a strategy or variant did against its baseline, from the paired 95% interval.
public enum Verdict: Sendable, Hashable, CustomStringConvertible {
    /// This is the baseline itself.
    case baseline
    /// The whole interval is above zero.
    case better
    /// The whole interval is below zero.
    case worse
    /// The interval includes zero (or there are too few seeds for one).
    case noClearDifference

    public var description: String {
        switch self {
        case .baseline: return "baseline"
        case .better: return "better than the baseline"
        case .worse: return "worse than the baseline"
        case .noClearDifference: return "no clear difference from the baseline"
        }
    }
}

/// A difference paired by seed: `dₛ = valueₛ − baselineₛ` for every seed both were run with
/// (same initial set, same split), its mean and sample standard deviation, and the paired 95% t
/// interval `mean ± t₀.₉₇₅,ₙ₋₁ · sd / √n`.
public struct PairedDifference: Sendable, Equatable {
    /// `dₛ` for each seed, in seed order.
    public let perSeed: [Double]
    /// Mean and standard deviation of `perSeed`.
    public let summary: Summary
    /// The paired 95% t interval; nil with fewer than two seeds.
    public let interval: ClosedRange<Double>?

    /// The differences `values − baseline`, paired by position.
    public init(_ perSeed: [Double]) {
        self.perSeed = perSeed
        summary = Summary(perSeed)
        interval = summary.confidenceInterval(level: 0.95)
    }

    /// The mean difference.
    public var mean: Double { summary.mean }

    /// Better when the interval is above zero, worse when below, otherwise no clear difference.
    public var verdict: Verdict {
        guard let interval else { return .noClearDifference }
        if interval.lowerBound > 0 { return .better }
        if interval.upperBound < 0 { return .worse }
        return .noClearDifference
    }

    /// `+0.045 [+0.027, +0.064]` (see `Summary.signedWithInterval`).
    public func signedWithInterval(_ digits: Int = 3) -> String { summary.signedWithInterval(digits) }
}
