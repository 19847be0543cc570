import Foundation
import LinearAlgebra

/// The Adam update for one parameter block (Kingma & Ba 2015):
///
///     m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²,
///     θ ← θ − η · m̂ / (√v̂ + ε),   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
struct Adam {
    var learningRate: Double
    var beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8
    private var m: [Double]
    private var v: [Double]
    private var step = 0

    init(count: Int, learningRate: Double) {
        self.learningRate = learningRate
        m = [Double](repeating: 0, count: count)
        v = m
    }

    mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        step += 1
        let c1 = 1 - Math.pow(beta1, Double(step)), c2 = 1 - Math.pow(beta2, Double(step))
        for i in parameters.indices {
            m[i] = beta1 * m[i] + (1 - beta1) * gradient[i]
            v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i]
            parameters[i] -= learningRate * (m[i] / c1) / ((v[i] / c2).squareRoot() + epsilon)
        }
    }
}
