import Foundation
import LinearAlgebra

/// Gaussian naive Bayes, as scikit-learn's `GaussianNB()`: per class `c` and feature `j`, the
/// mean `θ_cj` and the population variance `σ²_cj + ε`, where `ε = varianceSmoothing * max_j
/// var(x_j)` over all training rows; the prior is the class frequency. Then
///
///     log P(c | x) = log prior_c - ½ sum_j [log(2π σ²_cj) + (x_j - θ_cj)² / σ²_cj] + const.
///
/// Classes without training examples get probability 0. Every feature's term counts, zeros
/// included, so sparse features are densified (the protocol's default: the training rows once,
/// predictions 256 rows at a time), with the results of dense ones.
public struct NaiveBayes: Classifier {
    /// scikit-learn's `var_smoothing`.
    public var varianceSmoothing: Double

    public init(varianceSmoothing: Double = 1e-9) { self.varianceSmoothing = varianceSmoothing }

    public var name: String { "Gaussian naive Bayes" }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try validateTraining(features, labels: labels, classCount: classCount)
        let epsilon = varianceSmoothing * (features.columnVariances().max() ?? 0)
        var means = Matrix(rows: classCount, columns: features.columns)
        var variances = Matrix(rows: classCount, columns: features.columns, repeating: 1)
        var logPriors = [Double](repeating: -.infinity, count: classCount)
        var members = [[Int]](repeating: [], count: classCount)
        for (row, label) in labels.enumerated() { members[label].append(row) }
        for c in 0..<classCount where !members[c].isEmpty {
            let rows = features.rows(at: members[c])
            for (j, (mean, variance)) in zip(rows.columnMeans(), rows.columnVariances()).enumerated() {
                means[c, j] = mean
                variances[c, j] = variance + epsilon
            }
            logPriors[c] = Math.log(Double(members[c].count) / Double(labels.count))
        }
        return FittedNaiveBayes(means: means, variances: variances, logPriors: logPriors)
    }
}

/// A fitted Gaussian naive Bayes model.
public struct FittedNaiveBayes: FittedClassifier {
    /// Per-class feature means `θ` (classes x features).
    public let means: Matrix
    /// Per-class feature variances `σ²` including the smoothing `ε`.
    public let variances: Matrix
    /// Log class priors; `-infinity` for classes without training examples.
    public let logPriors: [Double]

    public var classCount: Int { means.rows }
    public var featureCount: Int { means.columns }

    public func predictProbabilities(_ features: Matrix) throws -> Matrix {
        try checkInput(features)
        let d = featureCount
        let constants = (0..<classCount).map { c in
            logPriors[c] - 0.5 * (0..<d).reduce(0) { $0 + Math.log(2 * Double.pi * variances[c, $1]) }
        }
        var scores = Matrix(rows: features.rows, columns: classCount)
        for i in 0..<features.rows {
            let x = features.row(i)
            for c in 0..<classCount {
                guard logPriors[c] > -.infinity else { scores[i, c] = -.infinity; continue }
                var sum = 0.0
                for j in 0..<d {
                    let diff = x[x.startIndex + j] - means[c, j]
                    sum += diff * diff / variances[c, j]
                }
                scores[i, c] = constants[c] - 0.5 * sum
            }
        }
        scores.withUnsafeMutableValues { z in
            softmaxRows(&z, columns: classCount, offsets: [Double](repeating: 0, count: classCount))
        }
        return scores
    }
}
