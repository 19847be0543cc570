import LinearAlgebra

/// A fitted `MLP`: `p = softmax(W₂ ReLU(W₁ x + b₁) + b₂)`.
public struct FittedMLP: StochasticPredictor {
    /// Hidden weights `W₁` (hidden × features) and biases `b₁`.
    public let hiddenWeights: Matrix
    public let hiddenBiases: [Double]
    /// Output weights `W₂` (classes × hidden) and biases `b₂`.
    public let outputWeights: Matrix
    public let outputBiases: [Double]
    /// The dropout rate used in training and for `sampledProbabilities`.
    public let dropout: Double

    public var classCount: Int { outputWeights.rows }
    public var featureCount: Int { hiddenWeights.columns }

    public func predictProbabilities(_ features: Matrix) throws -> Matrix {
        try checkInput(features)
        return try output(hiddenActivations(features))
    }

    /// MC dropout: `samples` forward passes, each with a fresh inverted-dropout mask on the
    /// hidden units. The hidden layer is computed once and reused by every pass.
    public func sampledProbabilities(_ features: Matrix, samples: Int, using generator: inout SeededGenerator) throws -> [Matrix] {
        try checkInput(features)
        guard dropout > 0 else {
            throw ModelError.invalidParameter(model: "MLP", parameter: "dropout", value: "0",
                                              requirement: "above 0 for MC-dropout sampling (e.g. .mlp(dropout: 0.3))")
        }
        let hidden = try hiddenActivations(features)
        return try (0..<max(samples, 0)).map { _ in
            var masked = hidden
            applyDropout(&masked, rate: dropout, using: &generator)
            return try output(masked)
        }
    }

    /// `ReLU(X W₁ᵀ + b₁)`.
    func hiddenActivations(_ features: Matrix) throws -> Matrix {
        var a = try features.multiplied(by: hiddenWeights, transposingOther: true)
        try a.addToEveryRow(hiddenBiases)
        a.withUnsafeMutableValues { v in
            for i in v.indices { v[i] = max(v[i], 0) }
        }
        return a
    }

    /// `softmax(H W₂ᵀ + b₂)`.
    func output(_ hidden: Matrix) throws -> Matrix {
        var z = try hidden.multiplied(by: outputWeights, transposingOther: true)
        z.withUnsafeMutableValues { softmaxRows(&$0, columns: classCount, offsets: outputBiases) }
        return z
    }
}

/// Inverted dropout in place: each element is zeroed with probability `rate`, survivors are
/// scaled by `1 / (1 − rate)`; returns the mask (0 or the scale) for backpropagation.
@discardableResult
func applyDropout(_ matrix: inout Matrix, rate: Double, using generator: inout SeededGenerator) -> [Double] {
    guard rate > 0 else { return [] }
    let scale = 1 / (1 - rate)
    var mask = [Double](repeating: 0, count: matrix.values.count)
    matrix.withUnsafeMutableValues { v in
        for i in v.indices {
            mask[i] = generator.nextUnit() < rate ? 0 : scale
            v[i] *= mask[i]
        }
    }
    return mask
}
