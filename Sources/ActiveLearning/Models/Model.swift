import LinearAlgebra

/// A model choice as a lesson writes it: `.logisticRegression(c: 1)`, `.naiveBayes`,
/// `.knn(k: 5)`, optionally `.standardized()`. Wraps any `Classifier`.
public struct Model: Sendable, CustomStringConvertible {
    /// The algorithm.
    public let classifier: any Classifier

    /// Wraps a classifier (use this for your own `Classifier` types).
    public init(_ classifier: some Classifier) { self.classifier = classifier }

    /// Multinomial logistic regression with an L2 penalty, as scikit-learn's
    /// `LogisticRegression(C: c)`; see `LogisticRegression`.
    public static func logisticRegression(c: Double = 1, tolerance: Double = 1e-4,
                                          maxIterations: Int = 1000) -> Model {
        Model(LogisticRegression(c: c, tolerance: tolerance, maxIterations: maxIterations))
    }

    /// Gaussian naive Bayes, as scikit-learn's `GaussianNB()`; see `NaiveBayes`.
    public static var naiveBayes: Model { Model(NaiveBayes()) }

    /// k-nearest neighbours with Euclidean distance and uniform votes; see `NearestNeighbors`.
    public static func knn(k: Int = 5) -> Model { Model(NearestNeighbors(k: k)) }

    /// The same model fitted on standardised features (see `StandardScaler`).
    public func standardized() -> Model { Model(Standardized(classifier)) }

    /// The classifier's name.
    public var name: String { classifier.name }
    public var description: String { name }

    /// Fits on a whole data set.
    public func fit(_ data: Dataset) throws -> any FittedClassifier {
        try classifier.fit(data.storedFeatures, labels: data.labels, classCount: data.classCount, warmStart: nil)
    }
}
