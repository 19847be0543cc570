import LinearAlgebra

/// A classifier fitted on standardised features: the scaler is learned from the training rows
/// only, then applied to every row the model predicts on. Written `model.standardized()`.
public struct Standardized: Classifier {
    /// The classifier that sees standardised features.
    public let base: any Classifier

    public init(_ base: any Classifier) { self.base = base }

    public var name: String { "\(base.name), standardised" }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try fit(features, labels: labels, classCount: classCount, warmStart: nil)
    }

    /// Refuses sparse features: centring every column (`x_j - mean_j`) makes every zero of a
    /// sparse row non-zero, so the rows would be dense; and scaling without centring would give
    /// other results than the dense path. TF-IDF rows are already on one scale (unit length):
    /// fit the model without `.standardized()`, or densify the rows explicitly.
    public func fit(_ features: Features, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        if case .sparse = features {
            throw ModelError.sparseFeaturesUnsupported(
                model: name, reason: "standardising centres every feature, which would make every row dense; "
                    + "fit without .standardized() (TF-IDF rows are unit-length already) or pass dense features")
        }
        return try fit(features.densified(), labels: labels, classCount: classCount, warmStart: previous)
    }

    /// Fits the scaler, then the base model (warm-started from `previous`'s base model).
    public func fit(_ features: Matrix, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        try validateTraining(features, labels: labels, classCount: classCount)
        let scaler = StandardScaler(fitting: features)
        let fitted = try base.fit(scaler.transform(features), labels: labels, classCount: classCount,
                                  warmStart: (previous as? FittedStandardized)?.base)
        return FittedStandardized(scaler: scaler, base: fitted)
    }
}

/// A fitted model behind a `StandardScaler`.
public struct FittedStandardized: FittedClassifier {
    public let scaler: StandardScaler
    public let base: any FittedClassifier
    /// For a linear base model, the scaler folded into its weights (`W / σ`, `b - (W / σ) μ`),
    /// so predictions skip standardising a copy of the rows.
    private let folded: FittedLogisticRegression?

    public init(scaler: StandardScaler, base: any FittedClassifier) {
        self.scaler = scaler
        self.base = base
        folded = (base as? FittedLogisticRegression).map { $0.foldingScaler(scaler) }
    }

    public var classCount: Int { base.classCount }
    public var featureCount: Int { scaler.means.count }

    public func predictProbabilities(_ features: Matrix) throws -> Matrix {
        if let folded { return try folded.predictProbabilities(features) }
        return try base.predictProbabilities(scaler.transform(features))
    }
}
