import Foundation
import LinearAlgebra

/// Multinomial logistic regression with an L2 penalty, fitted with L-BFGS — the same problem as
/// scikit-learn's `LogisticRegression(C: c)` (lbfgs solver, multinomial):
///
///     minimise over W (k x d) and b (k):   C * sum_i -log softmax(W x_i + b)[y_i]  +  ½ ‖W‖²
///
/// The intercepts `b` are not penalised. The solver minimises the equivalent objective divided
/// by `C n` — the mean log-loss plus `‖W‖² / (2 C n)`, as scikit-learn does — until the largest
/// gradient component is at most `tolerance`. Starting from zero keeps `sum_k b_k = 0`, which
/// picks the unique optimum of the otherwise shift-invariant intercepts (a warm start keeps it:
/// its intercepts are centred too).
///
/// The default `tolerance` is scikit-learn's default `tol = 1e-4` (the same criterion: the
/// largest component of the scaled gradient).
public struct LogisticRegression: Classifier {
    /// Inverse regularisation strength (scikit-learn's `C`); must be positive.
    public var c: Double
    /// Stop when `max |gradient|` of the scaled objective is at most this.
    public var tolerance: Double
    /// Upper bound on L-BFGS iterations.
    public var maxIterations: Int

    public init(c: Double = 1, tolerance: Double = 1e-4, maxIterations: Int = 1000) {
        self.c = c
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    public var name: String { "logistic regression (C = \(formatParameter(c)))" }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try fitted(features, labels: labels, classCount: classCount)
    }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        try fitted(features, labels: labels, classCount: classCount, warmStart: previous as? FittedLogisticRegression)
    }

    /// Fits on sparse rows without densifying them: the same coefficients, bit for bit, as on
    /// dense rows (both products of the objective skip only zero terms; see `SoftmaxObjective`).
    public func fit(_ features: Features, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        try fitted(features, labels: labels, classCount: classCount, warmStart: previous as? FittedLogisticRegression)
    }

    /// `fit` with the concrete result type, to read coefficients; optionally starting L-BFGS
    /// from `warmStart`'s coefficients when their shape fits.
    public func fitted(_ features: Matrix, labels: [Int], classCount: Int,
                       warmStart: FittedLogisticRegression? = nil) throws -> FittedLogisticRegression {
        try fitted(Features.dense(features), labels: labels, classCount: classCount, warmStart: warmStart)
    }

    /// `fitted` for features of either store.
    public func fitted(_ features: Features, labels: [Int], classCount: Int,
                       warmStart: FittedLogisticRegression? = nil) throws -> FittedLogisticRegression {
        guard c > 0, c.isFinite else {
            throw ModelError.invalidParameter(model: "logistic regression", parameter: "C", value: "\(c)", requirement: "a positive number")
        }
        try validateTraining(features, labels: labels, classCount: classCount)
        let problem = SoftmaxObjective(features: features, labels: labels, classCount: classCount,
                                       penalty: 1 / (c * Double(features.rows)))
        let solver = LBFGS(tolerance: tolerance, maxIterations: max(maxIterations, 1))
        var start = [Double](repeating: 0, count: problem.parameterCount)
        if let warmStart, warmStart.classCount == classCount, warmStart.featureCount == features.columns {
            start = warmStart.coefficients.values + warmStart.intercepts
        }
        let result = solver.minimize(from: start) { problem.evaluate($0) }
        // From zero a solvable problem always takes a first step; none (0 iterations without
        // convergence) means the objective overflowed along the first search direction.
        let stuckAtZero = !result.converged && result.iterations == 0 && start.allSatisfy { $0 == 0 }
        guard result.x.allSatisfy(\.isFinite), result.value.isFinite, !stuckAtZero else {  // value is f(x), as computed
            throw ModelError.fitFailed(model: "logistic regression",
                                       hint: "the objective became NaN or infinite; scale the features, e.g. with .standardized()")
        }
        let (weights, intercepts) = problem.unpack(result.x)
        let mean = intercepts.reduce(0, +) / Double(classCount)
        return FittedLogisticRegression(coefficients: weights, intercepts: intercepts.map { $0 - mean },
                                        iterations: result.iterations, converged: result.converged)
    }
}

/// A fitted multinomial logistic regression: `P(class k | x) = softmax(W x + b)_k`.
public struct FittedLogisticRegression: FittedClassifier {
    /// The weights `W`, one row per class, one column per feature (scikit-learn's `coef_`).
    public let coefficients: Matrix
    /// The intercepts `b`, one per class, summing to zero (scikit-learn's `intercept_`).
    public let intercepts: [Double]
    /// L-BFGS iterations used.
    public let iterations: Int
    /// Whether the gradient tolerance was reached within the iteration budget.
    public let converged: Bool

    public var classCount: Int { coefficients.rows }
    public var featureCount: Int { coefficients.columns }

    public func predictProbabilities(_ features: Matrix) throws -> Matrix {
        try predictProbabilities(Features.dense(features))
    }

    /// `softmax(W x + b)` of every row; sparse rows are not densified (`x · w_k` over the stored
    /// values: the bits of the dense product).
    public func predictProbabilities(_ features: Features) throws -> Matrix {
        try checkInput(features)
        var scores = try features.multiplied(by: coefficients, transposingOther: true)
        scores.withUnsafeMutableValues { z in
            softmaxRows(&z, columns: classCount, offsets: intercepts)
        }
        return scores
    }

    /// The same model on unstandardised rows: `W (x - μ) / σ + b = (W / σ) x + (b - (W / σ) μ)`.
    func foldingScaler(_ scaler: StandardScaler) -> FittedLogisticRegression {
        var weights = coefficients
        var intercepts = self.intercepts
        for k in 0..<classCount {
            for j in 0..<featureCount {
                weights[k, j] /= scaler.scales[j]
                intercepts[k] -= weights[k, j] * scaler.means[j]
            }
        }
        return FittedLogisticRegression(coefficients: weights, intercepts: intercepts,
                                        iterations: iterations, converged: converged)
    }
}

/// Replaces every row of `z` (adding `offsets`) by its softmax, in place. Per row, with
/// m = maxⱼ zⱼ: pⱼ = e^(zⱼ − m) · (1 / S) with S = Σⱼ e^(zⱼ − m) summed in column order. The rows
/// go through the kernels (`KernelPath.softmaxRows`; the exponentials are `Math.exp`'s bits,
/// four at a time).
func softmaxRows(_ z: inout UnsafeMutableBufferPointer<Double>, columns: Int, offsets: [Double]) {
    softmaxRows(&z, columns: columns, offsets: offsets) { _, _ in }
}

/// `softmaxRows`, returning the sum over rows, in row order, of each shifted row's log-sum-exp
/// m + log S (the logarithms are `Math.log`'s bits, four at a time: `KernelPath.logarithms`).
func softmaxRowsLogSumExp(_ z: inout UnsafeMutableBufferPointer<Double>, columns: Int, offsets: [Double]) -> Double {
    var total = 0.0
    softmaxRows(&z, columns: columns, offsets: offsets) { largest, sums in
        KernelPath.current.logarithms(of: sums.baseAddress!, into: sums.baseAddress!, count: sums.count)
        for row in sums.indices { total += largest[row] + sums[row] }
    }
    return total
}

/// The softmax of the rows, then `rowsDone` with each row's m and S.
private func softmaxRows(_ z: inout UnsafeMutableBufferPointer<Double>, columns: Int, offsets: [Double],
                         rowsDone: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
    guard columns > 0, let base = z.baseAddress else { return }
    let rows = z.count / columns
    guard rows > 0 else { return }
    var largest = [Double](repeating: 0, count: rows), sums = [Double](repeating: 0, count: rows)
    largest.withUnsafeMutableBufferPointer { largest in
        sums.withUnsafeMutableBufferPointer { sums in
            offsets.withUnsafeBufferPointer { offsets in
                KernelPath.current.softmaxRows(base, rows: rows, columns: columns, offsets: offsets.baseAddress!,
                                               largest: largest.baseAddress!, sums: sums.baseAddress!)
            }
            rowsDone(largest, sums)
        }
    }
}

/// A number as a lesson would write it: `1`, `0.5`, `100`.
func formatParameter(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
