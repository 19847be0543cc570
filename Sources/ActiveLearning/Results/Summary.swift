import Foundation
import NotebookRuntime

/// Mean, spread and a paired confidence interval of values collected over seeds.
public struct Summary: Sendable, Equatable {
    /// The number of values.
    public let count: Int
    /// The arithmetic mean.
    public let mean: Double
    /// The sample standard deviation `sqrt(sum (x - mean)² / (n - 1))` (0 for a single value).
    public let standardDeviation: Double

    public init(_ values: [Double]) {
        count = values.count
        mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        let m = mean
        standardDeviation = values.count < 2 ? 0
            : (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
    }

    /// The two-sided t interval for the mean at `level` (e.g. 0.95):
    /// `mean ± t_{(1+level)/2, n-1} * sd / sqrt(n)`; nil with fewer than two values.
    /// Applied to per-seed differences it is the paired t interval.
    public func confidenceInterval(level: Double = 0.95) -> ClosedRange<Double>? {
        guard count >= 2 else { return nil }
        let t = StudentT.quantile((1 + level) / 2, degreesOfFreedom: Double(count - 1))
        let half = t * standardDeviation / Double(count).squareRoot()
        return (mean - half)...(mean + half)
    }
}

extension Summary {
    /// The mean with its sign and the 95% t interval: `+0.045 [+0.027, +0.064]` (the mean
    /// alone when there are too few values for an interval). For differences between paired runs.
    public func signedWithInterval(_ digits: Int = 3) -> String {
        guard let interval = confidenceInterval(level: 0.95) else { return signed(mean, digits) }
        return "\(signed(mean, digits)) [\(signed(interval.lowerBound, digits)), \(signed(interval.upperBound, digits))]"
    }
}

/// `value` with exactly `digits` decimals (`FixedDecimal`); never prints "-0.000".
public func fixed(_ value: Double, _ digits: Int = 3) -> String {
    FixedDecimal.string(value, decimals: digits)
}

/// `value` with an explicit sign: "+0.012", "-0.004", "0.000".
public func signed(_ value: Double, _ digits: Int = 3) -> String {
    let text = fixed(value, digits)
    return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
}
