import Foundation
import LinearAlgebra

/// Minibatch training of an `MLP` (forward pass, backpropagation, Adam). For a minibatch B with
/// per-example weights `w_i` (1 unless training is difficulty-aware):
///
///     δ₂ = w ⊙ (P − Y) / |B|,           ∂W₂ = δ₂ᵀ H + l2 W₂,   ∂b₂ = Σ_i δ₂_i
///     δ₁ = (δ₂ W₂) ⊙ m ⊙ 1[A₁ > 0],     ∂W₁ = δ₁ᵀ X + l2 W₁,   ∂b₁ = Σ_i δ₁_i
///
/// where `A₁ = X W₁ᵀ + b₁`, `H = m ⊙ ReLU(A₁)` with the dropout mask `m`. Under plain SGD the
/// weight `w_i` is exactly a per-example learning-rate multiplier.
struct MLPTrainer {
    let settings: MLP
    let features: Matrix
    let labels: [Int]
    let classCount: Int
    var generator: SeededGenerator
    var w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]

    init(settings: MLP, features: Matrix, labels: [Int], classCount: Int) {
        self.settings = settings
        self.features = features
        self.labels = labels
        self.classCount = classCount
        var random = SeededGenerator(seed: settings.seed, stream: 3)
        let d = features.columns, h = settings.hidden
        let scale1 = (2 / Double(d)).squareRoot(), scale2 = (2 / Double(h + classCount)).squareRoot()
        w1 = Matrix(rows: h, columns: d)
        w1.withUnsafeMutableValues { v in for i in v.indices { v[i] = scale1 * random.nextNormal() } }
        w2 = Matrix(rows: classCount, columns: h)
        w2.withUnsafeMutableValues { v in for i in v.indices { v[i] = scale2 * random.nextNormal() } }
        b1 = [Double](repeating: 0, count: h)
        b2 = [Double](repeating: 0, count: classCount)
        generator = random
    }

    var model: FittedMLP {
        FittedMLP(hiddenWeights: w1, hiddenBiases: b1, outputWeights: w2, outputBiases: b2, dropout: settings.dropout)
    }

    mutating func train() throws -> FittedMLP {
        var adam = [w1.values.count, b1.count, w2.values.count, b2.count].map { Adam(count: $0, learningRate: settings.learningRate) }
        var order = Array(0..<features.rows)
        for epoch in 0..<settings.epochs {
            let weights = try settings.weighting == .constant ? nil : exampleWeights(epoch: epoch)
            generator.shuffle(&order)
            for start in stride(from: 0, to: order.count, by: settings.batchSize) {
                let batch = Array(order[start..<min(start + settings.batchSize, order.count)])
                let batchWeights = weights.map { w in batch.map { w[$0] } }
                if let batchWeights, batchWeights.allSatisfy({ $0 == 0 }) { continue }
                let g = try gradients(batch, weights: batchWeights)
                var p = w1.values; adam[0].update(&p, gradient: g.w1); w1 = try Matrix(rows: w1.rows, columns: w1.columns, computed: p)
                adam[1].update(&b1, gradient: g.b1)
                p = w2.values; adam[2].update(&p, gradient: g.w2); w2 = try Matrix(rows: w2.rows, columns: w2.columns, computed: p)
                adam[3].update(&b2, gradient: g.b2)
            }
        }
        return model
    }

    /// Difficulty weights of every training example under the current (dropout-free) model.
    private func exampleWeights(epoch: Int) throws -> [Double] {
        let probabilities = try model.predictProbabilities(features)
        let truth = labels.indices.map { probabilities[$0, labels[$0]] }
        return settings.weighting.weights(trueClassProbabilities: truth, epoch: epoch, epochs: settings.epochs)
    }

    private mutating func gradients(_ batch: [Int], weights: [Double]?) throws -> (w1: [Double], b1: [Double], w2: [Double], b2: [Double]) {
        let x = features.rows(at: batch)
        let n = Double(batch.count)
        var a1 = try x.multiplied(by: w1, transposingOther: true)
        try a1.addToEveryRow(b1)
        var hidden = a1
        hidden.withUnsafeMutableValues { v in for i in v.indices { v[i] = max(v[i], 0) } }
        let mask = applyDropout(&hidden, rate: settings.dropout, using: &generator)
        var delta2 = try hidden.multiplied(by: w2, transposingOther: true)
        delta2.withUnsafeMutableValues { z in
            softmaxRows(&z, columns: classCount, offsets: b2)
            for (r, label) in batch.map({ labels[$0] }).enumerated() {
                z[r * classCount + label] -= 1
                let scale = (weights?[r] ?? 1) / n
                for c in 0..<classCount { z[r * classCount + c] *= scale }
            }
        }
        var gw2 = w2
        try Matrix.multiply(delta2, hidden, transposingA: true, beta: settings.l2, into: &gw2)
        var delta1 = try delta2.multiplied(by: w2)
        // ReLU's derivative, then dropout's mask: +0 where a₁ ≤ 0, by AND with an all-ones or
        // all-zeros pattern rather than a branch (which half of the units is active is a coin
        // toss the branch predictor loses); the compiler vectorises it.
        a1.values.withUnsafeBufferPointer { a1 in
            mask.withUnsafeBufferPointer { mask in
                delta1.withUnsafeMutableValues { v in
                    for i in v.indices {
                        let kept: UInt64 = a1[i] <= 0 ? 0 : ~0
                        let value = mask.isEmpty ? v[i] : v[i] * mask[i]
                        v[i] = Double(bitPattern: value.bitPattern & kept)
                    }
                }
            }
        }
        var gw1 = w1
        try Matrix.multiply(delta1, x, transposingA: true, beta: settings.l2, into: &gw1)
        return (gw1.values, delta1.columnSums(), gw2.values, delta2.columnSums())
    }
}
