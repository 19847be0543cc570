import LinearAlgebra

/// A one-hidden-layer perceptron for multiclass classification:
///
///     h = ReLU(W₁ x + b₁),   p = softmax(W₂ (m ⊙ h) / (1 − q) + b₂)
///
/// trained by minibatch Adam (Kingma & Ba 2015; β₁ = 0.9, β₂ = 0.999, ε = 1e-8) on the mean
/// cross-entropy plus `(l2/2)(‖W₁‖² + ‖W₂‖²)`. `m` is an inverted-dropout mask on the hidden
/// units, each kept with probability `1 − q` while training (`q = dropout`); prediction uses
/// the expectation (no mask), and `sampledProbabilities` draws fresh masks — MC dropout, which
/// BALD needs. Initialisation is He-normal for `W₁` (`N(0, 2/d)`), Glorot-normal for `W₂`
/// (`N(0, 2/(h + C))`), zero biases; minibatches are reshuffled every epoch. Every random draw
/// comes from `seed`, so fitting is reproducible.
///
/// `weighting` makes training difficulty-aware: each example's gradient is multiplied by a
/// weight computed from its loss under the current model at the start of every epoch (see
/// `DifficultyWeighting`).
public struct MLP: Classifier {
    public var hidden: Int
    public var epochs: Int
    public var batchSize: Int
    public var learningRate: Double
    public var l2: Double
    public var dropout: Double
    public var weighting: DifficultyWeighting
    public var seed: Int

    public init(hidden: Int = 64, epochs: Int = 60, batchSize: Int = 32, learningRate: Double = 0.005,
                l2: Double = 1e-4, dropout: Double = 0, weighting: DifficultyWeighting = .constant, seed: Int = 0) {
        self.hidden = hidden
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.l2 = l2
        self.dropout = dropout
        self.weighting = weighting
        self.seed = seed
    }

    public var name: String {
        var text = "MLP (\(hidden) hidden"
        if dropout > 0 { text += ", dropout \(formatParameter(dropout))" }
        if weighting != .constant { text += ", \(weighting.name)" }
        return text + ")"
    }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try fitted(features, labels: labels, classCount: classCount)
    }

    /// `fit` with the concrete result type.
    public func fitted(_ features: Matrix, labels: [Int], classCount: Int) throws -> FittedMLP {
        try validate()
        try validateTraining(features, labels: labels, classCount: classCount)
        var trainer = MLPTrainer(settings: self, features: features, labels: labels, classCount: classCount)
        return try trainer.train()
    }

    func validate() throws(ModelError) {
        func check(_ ok: Bool, _ parameter: String, _ value: some CustomStringConvertible, _ requirement: String) throws(ModelError) {
            guard ok else { throw .invalidParameter(model: "MLP", parameter: parameter, value: value.description, requirement: requirement) }
        }
        try check(hidden >= 1, "hidden", hidden, "at least 1")
        try check(epochs >= 1, "epochs", epochs, "at least 1")
        try check(batchSize >= 1, "batchSize", batchSize, "at least 1")
        try check(learningRate > 0 && learningRate.isFinite, "learningRate", learningRate, "a positive number")
        try check(l2 >= 0 && l2.isFinite, "l2", l2, "a finite number ≥ 0")
        try check(dropout >= 0 && dropout < 1, "dropout", dropout, "in [0, 1)")
        try weighting.validate()
    }
}

extension Model {
    /// A one-hidden-layer ReLU network trained by minibatch Adam; `dropout > 0` enables MC
    /// dropout for `.bald()`. See `MLP`.
    public static func mlp(hidden: Int = 64, epochs: Int = 60, batchSize: Int = 32, learningRate: Double = 0.005,
                           l2: Double = 1e-4, dropout: Double = 0, weighting: DifficultyWeighting = .constant,
                           seed: Int = 0) -> Model {
        Model(MLP(hidden: hidden, epochs: epochs, batchSize: batchSize, learningRate: learningRate, l2: l2,
                  dropout: dropout, weighting: weighting, seed: seed))
    }
}
