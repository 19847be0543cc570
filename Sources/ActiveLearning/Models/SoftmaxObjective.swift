import Foundation
import LinearAlgebra

/// The scaled multinomial logistic objective and its gradient, over parameters packed as
/// `[W row-major (k x d), b (k)]`:
///
///     f = (1/n) sum_i [logsumexp(z_i) - z_i,y_i] + (penalty/2) ‖W‖²,   z_i = W x_i + b
///     ∂f/∂W = (1/n) (P - Y)ᵀ X + penalty W,     ∂f/∂b = (1/n) sum_i (p_i - y_i)
///
/// where `P` holds the softmax probabilities and `Y` the one-hot labels. Both products, `X Wᵀ`
/// and `(P - Y)ᵀ X`, are the engine's (`Matrix.multiply`); on sparse `X` they take only the
/// stored values, each element still one chain in increasing order, so the objective, the
/// gradient and hence every L-BFGS step have the same bits as on dense `X`.
struct SoftmaxObjective {
    let features: Features
    let labels: [Int]
    let classCount: Int
    let penalty: Double

    var parameterCount: Int { classCount * (features.columns + 1) }

    func unpack(_ theta: [Double]) -> (weights: Matrix, intercepts: [Double]) {
        let d = features.columns, k = classCount
        let weights = (try? Matrix(rows: k, columns: d, computed: Array(theta[0..<(k * d)]))) ?? Matrix(rows: k, columns: d)
        return (weights, Array(theta[(k * d)...]))
    }

    func evaluate(_ theta: [Double]) -> (value: Double, gradient: [Double]) {
        let n = features.rows, k = classCount
        let (weights, intercepts) = unpack(theta)
        var probabilities = Matrix(rows: n, columns: k)
        try? Matrix.multiply(features, weights, transposingB: true, into: &probabilities)
        var correctScores = 0.0
        probabilities.withUnsafeMutableValues { z in
            labels.withUnsafeBufferPointer { labels in
                for i in 0..<n { correctScores += z[i * k + labels[i]] + intercepts[labels[i]] }
            }
        }
        let logSumExp = probabilities.withUnsafeMutableValues { softmaxRowsLogSumExp(&$0, columns: k, offsets: intercepts) }
        let scale = 1 / Double(n)
        var residual = consume probabilities
        residual.withUnsafeMutableValues { r in
            for i in 0..<n { r[i * k + labels[i]] -= 1 }
            for i in r.indices { r[i] *= scale }
        }
        let squaredNorm = weights.values.reduce(0) { $0 + $1 * $1 }
        var gradientWeights = consume weights
        try? Matrix.multiply(residual, features, transposingA: true, alpha: 1, beta: penalty, into: &gradientWeights)
        var gradient = gradientWeights.values
        gradient.reserveCapacity(parameterCount)
        var gradientIntercepts = [Double](repeating: 0, count: k)
        residual.withUnsafeMutableValues { r in
            gradientIntercepts.withUnsafeMutableBufferPointer { sums in
                for i in 0..<n { for j in 0..<k { sums[j] += r[i * k + j] } }
            }
        }
        gradient.append(contentsOf: gradientIntercepts)
        let value = (logSumExp - correctScores) * scale + 0.5 * penalty * squaredNorm
        return (value, gradient)
    }
}
