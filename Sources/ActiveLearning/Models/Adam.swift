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

    /// One step over every parameter, by the engine's kernel (``KernelPath/adamStep``): each
    /// element's operations, and so its bits, are those of the formula above, one rounding each.
    mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == m.count && gradient.count == m.count, "Adam: one gradient per parameter")
        step += 1
        let c1 = 1 - Math.pow(beta1, Double(step)), c2 = 1 - Math.pow(beta2, Double(step))
        let (beta1, beta2, epsilon, learningRate) = (beta1, beta2, epsilon, learningRate)
        m.withUnsafeMutableBufferPointer { m in
            v.withUnsafeMutableBufferPointer { v in
                parameters.withUnsafeMutableBufferPointer { theta in
                    gradient.withUnsafeBufferPointer { g in
                        guard let first = theta.baseAddress else { return }
                        KernelPath.current.adamStep(parameters: first, gradient: g.baseAddress!, firstMoments: m.baseAddress!,
                                                    secondMoments: v.baseAddress!, count: theta.count, beta1: beta1,
                                                    beta2: beta2, c1: c1, c2: c2, learningRate: learningRate, epsilon: epsilon)
                    }
                }
            }
        }
    }
}
